import type { Metadata } from "next";
import Link from "next/link";
import { ActionButton } from "@/app/_components/action-button";
import { JoinCodeForm } from "@/app/_components/join-code-form";
import { ApiError } from "@/lib/server/api-error";
import { isClassMember } from "@/lib/server/classes/class-access";
import { getClassPreview } from "@/lib/server/classes/get-class-details";
import { findClassByCodeOrThrow } from "@/lib/server/classes/manage-members";
import { requireUser } from "@/lib/server/require-user";
import { JoinButton } from "./join-button";

export const metadata: Metadata = { title: "Join a class" };

async function classOfCode(code: string) {
  try {
    return await findClassByCodeOrThrow(code);
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return null;
    throw error;
  }
}

/** What joining means, shown before the learner joins: who teaches, what is assigned, what they will see. */
export default async function JoinPage({ params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  const user = await requireUser(`/join/${encodeURIComponent(code)}`);
  const found = await classOfCode(code);
  if (!found) {
    return (
      <section className="space-y-3">
        <h1 className="text-2xl font-semibold">No class with this code</h1>
        <p>No class has the join code “{code.toUpperCase()}”. Codes change when an instructor rotates them: ask yours for the current link.</p>
        <JoinCodeForm />
      </section>
    );
  }
  const [preview, member] = await Promise.all([getClassPreview(found.id), isClassMember(user.id, found.id)]);
  return (
    <section className="max-w-2xl space-y-5">
      <h1 className="text-2xl font-semibold">Join “{preview.name}”</h1>
      <p>Taught by {preview.instructors.join(", ")}.</p>
      <div>
        <h2 className="font-medium">Assigned so far</h2>
        {preview.assignments.length === 0 ? <p className="text-sm">Nothing yet.</p> : (
          <ul className="list-disc pl-5 text-sm">
            {preview.assignments.map((assignment, index) => (
              <li key={index}>{assignment.title} ({assignment.kind}{assignment.dueAt ? `, due ${assignment.dueAt.toISOString().slice(0, 10)}` : ""})</li>
            ))}
          </ul>
        )}
      </div>
      <div className="rounded-lg border border-amber-300 bg-amber-50 p-4 text-sm dark:border-amber-800 dark:bg-amber-950" data-testid="privacy-notice">
        <h2 className="font-medium">What your instructors will see</h2>
        <ul className="mt-1 list-disc pl-5">
          <li>Your name and email.</li>
          <li>For the decks assigned in this class only: when you last studied, how many reviews you did in the last 7 and 30 days, your retention, how many cards you have introduced and have due, and how well you recall each topic.</li>
          <li>For the scenarios assigned in this class only: whether you passed, how many attempts and hints you used, and which checks your answers failed, with the grader&apos;s explanation.</li>
        </ul>
        <p className="mt-2">They never see your own decks, your imported notes, or anything you study that is not assigned in this class. You can leave the class at any time.</p>
      </div>
      {member ? (
        <div className="space-y-2">
          <p>You are in this class. Its assignments are on your <Link className="underline" href="/dashboard">dashboard</Link>.</p>
          <ActionButton label="Leave this class" method="DELETE" url={`/api/v1/classes/${found.id}/members/me`} confirm={`Leave ${preview.name}? Your instructors will no longer see your progress.`} then="/dashboard" />
        </div>
      ) : (
        <JoinButton joinCode={found.joinCode} className={preview.name} />
      )}
    </section>
  );
}
