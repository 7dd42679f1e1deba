import Link from "next/link";
import { ActionButton } from "@/app/_components/action-button";
import { JoinCodeForm } from "@/app/_components/join-code-form";
import type { MyAssignment } from "@/lib/server/classes/my-assignments";

function progressText(assignment: MyAssignment): string {
  if (assignment.deckId) return `${assignment.cardsIntroduced ?? 0} / ${assignment.cardsTotal ?? 0} cards introduced`;
  return assignment.passed ? "passed" : "not passed yet";
}

/** The learner's class assignments: what, from which class, due when, how far along; overdue in red. */
export function AssignmentsSection({ assignments, classes }: { assignments: readonly MyAssignment[]; classes: readonly { id: string; name: string }[] }) {
  if (assignments.length === 0 && classes.length === 0) {
    return (
      <div className="rounded-lg border border-slate-200 p-5 dark:border-slate-800" data-testid="join-a-class">
        <h2 className="text-lg font-medium">Classes</h2>
        <p className="text-sm text-slate-600 dark:text-slate-400">Has an instructor given you a join code? Enter it to see the class before you join.</p>
        <JoinCodeForm className="mt-2" />
      </div>
    );
  }
  return (
    <div className="rounded-lg border border-slate-200 p-5 dark:border-slate-800" data-testid="assignments">
      <h2 className="text-lg font-medium">Assignments</h2>
      <p className="text-sm text-slate-600 dark:text-slate-400">Assigned decks are part of “Study everything due”.</p>
      <ul className="mt-2 space-y-2 text-sm">
        {assignments.map((assignment) => (
          <li key={assignment.id} className={assignment.overdue ? "text-red-700 dark:text-red-400" : undefined} data-overdue={assignment.overdue ? "true" : undefined}>
            <Link className="font-medium underline" href={assignment.deckId ? `/decks/${assignment.deckId}` : `/scenarios/${assignment.scenarioId}`}>{assignment.title}</Link>{" "}
            <span>from {assignment.className}</span>
            {" · "}
            <span>{assignment.dueAt ? `${assignment.overdue ? "overdue since" : "due"} ${assignment.dueAt.slice(0, 10)}` : "no due date"}</span>
            {" · "}
            <span>{progressText(assignment)}</span>
            {assignment.newCardsPerDay !== undefined && (
              <p className="text-xs text-slate-600 dark:text-slate-400">
                To introduce every card by the due date, you will see up to {assignment.newCardsPerDay} new card{assignment.newCardsPerDay === 1 ? "" : "s"} a day from this deck: your daily new-card limit is raised for it as needed.
              </p>
            )}
          </li>
        ))}
      </ul>
      <ul className="mt-3 flex flex-wrap gap-3 text-sm">
        {classes.map((joined) => (
          <li key={joined.id} className="flex items-center gap-2">
            {joined.name}
            <ActionButton label="Leave" method="DELETE" url={`/api/v1/classes/${joined.id}/members/me`} confirm={`Leave ${joined.name}? Your instructors will no longer see your progress.`} />
          </li>
        ))}
      </ul>
      <details className="mt-3 text-sm">
        <summary className="cursor-pointer">Join another class</summary>
        <JoinCodeForm className="mt-2" />
      </details>
    </div>
  );
}
