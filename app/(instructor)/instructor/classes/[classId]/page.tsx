import type { Metadata } from "next";
import { headers } from "next/headers";
import { getClassDetails } from "@/lib/server/classes/get-class-details";
import { cachedClassProgress } from "@/lib/server/classes/cached-class-progress";
import { taughtClassForPage } from "@/lib/server/classes/taught-class-for-page";
import { listVisibleDecks } from "@/lib/server/decks/list-decks";
import { publicOrigin } from "@/lib/server/http/public-origin";
import { requireUser } from "@/lib/server/require-user";
import { listScenarios } from "@/lib/server/scenarios/list-scenarios";
import { ActionButton } from "@/app/_components/action-button";
import { AssignForm } from "./_components/assign-form";
import { CoInstructorForm } from "./_components/co-instructor-form";
import { shortDate } from "./_components/format";
import { HeatmapGrid } from "./_components/heatmap-grid";
import { HardestCards, Misconceptions, TrendTable } from "./_components/insight-lists";
import { LearnersTable } from "./_components/learners-table";
import { Panel } from "./_components/panel";

export const metadata: Metadata = { title: "Class" };

export default async function ClassPage({ params }: { params: Promise<{ classId: string }> }) {
  const { classId } = await params;
  const user = await requireUser(`/instructor/classes/${classId}`, { role: "instructor" });
  const taught = await taughtClassForPage(user, classId);
  const now = new Date();
  const [details, decks, scenarios, origin] = await Promise.all([getClassDetails(classId), listVisibleDecks(user.id), listScenarios(user.id), headers().then((h) => publicOrigin((name) => h.get(name), process.env.NEXTAUTH_URL))]);
  const progress = await cachedClassProgress(classId, now);
  const scenarioTitles = new Map(scenarios.map((scenario) => [scenario.id, scenario.title]));
  const joinPath = `/join/${taught.joinCode}`;
  return (
    <section className="space-y-6">
      <h1 className="text-2xl font-semibold">{taught.name}</h1>
      <Panel id="join" title="Join link">
        <p className="text-sm">
          Learners join at <a className="font-mono underline" href={joinPath} data-testid="join-link">{origin}{joinPath}</a> or with the code{" "}
          <span className="font-mono text-lg" data-testid="join-code">{taught.joinCode}</span>.
        </p>
        <ActionButton label="Rotate code" method="POST" url={`/api/v1/classes/${classId}/join-code`} confirm="The current code and link will stop working. Rotate?" />
      </Panel>

      <Panel id="assignments" title="Assignments">
        {details.assignments.length === 0 ? (
          <p className="text-sm text-slate-600 dark:text-slate-400">Nothing assigned yet.</p>
        ) : (
          <ul className="space-y-2 text-sm" data-testid="assignment-list">
            {details.assignments.map((assignment) => (
              <li key={assignment.id} className="flex flex-wrap items-center gap-3">
                <span className="rounded bg-slate-100 px-1.5 text-xs dark:bg-slate-800">{assignment.kind}</span>
                <span className="font-medium">{assignment.title}</span>
                <span className="text-slate-600 dark:text-slate-400">due {shortDate(assignment.dueAt)}{assignment.introduceAll ? " · every card introduced by then" : ""}</span>
                <ActionButton label="Remove" method="DELETE" url={`/api/v1/classes/${classId}/assignments/${assignment.id}`} confirm={`Remove “${assignment.title}” from the class?`} />
              </li>
            ))}
          </ul>
        )}
        <AssignForm classId={classId} decks={decks.map((deck) => ({ id: deck.id, title: deck.title }))} scenarios={scenarios.map((scenario) => ({ id: scenario.id, title: scenario.title }))} />
      </Panel>

      <Panel id="progress" title="Progress" action={<a className="text-sm underline" href={`/api/v1/classes/${classId}/progress.csv`} download data-testid="csv-link">Download CSV gradebook</a>}>
        <LearnersTable classId={classId} learners={progress.learners} scenarioTitles={scenarioTitles} now={now} />
      </Panel>
      <Panel id="misconceptions-panel" title="Misconceptions: the checks learners fail">
        <Misconceptions scenarios={progress.scenarios} titles={scenarioTitles} />
      </Panel>
      <Panel id="hardest" title="Hardest cards (last 30 days)">
        <HardestCards cards={progress.cards} />
      </Panel>
      <Panel id="mastery" title="Mastery heat map: learners × topics">
        <HeatmapGrid heatmap={progress.heatmap} learners={progress.learners} />
      </Panel>
      <Panel id="weekly" title="Weekly trend">
        <TrendTable trend={progress.trend} />
      </Panel>

      <Panel id="people" title="Members and instructors">
        <ul className="space-y-1 text-sm" data-testid="member-list">
          {details.members.map((member) => (
            <li key={member.id} className="flex flex-wrap items-center gap-3">
              <span>{member.name || member.email} <span className="text-slate-500">{member.email}</span></span>
              <ActionButton label="Remove" method="DELETE" url={`/api/v1/classes/${classId}/members/${member.id}`} confirm={`Remove ${member.email} from the class?`} />
            </li>
          ))}
        </ul>
        <p className="text-sm">Instructors: {details.instructors.map((instructor) => `${instructor.name || instructor.email}${instructor.role === "owner" ? " (owner)" : ""}`).join(", ")}</p>
        <CoInstructorForm classId={classId} />
      </Panel>
    </section>
  );
}
