import Link from "next/link";
import type { LearnerProgress } from "@/lib/classes";
import { percent, relativeDay } from "./format";

const statusText = { passed: "passed", failing: "failing", "not-tried": "not tried" } as const;
/** One string, not a run of text pieces: a class of 300 renders (and sends) this 1,500 times. */
const attemptsText = (attempts: number, hints: number) => ` · ${attempts} attempt${attempts === 1 ? "" : "s"}, ${hints} hint${hints === 1 ? "" : "s"}`;
const statusClass = { passed: "text-green-700 dark:text-green-400", failing: "text-red-700 dark:text-red-400", "not-tried": "text-slate-500" } as const;

/**
 * One row per learner: activity, retention, assigned cards and each assigned scenario's status. The
 * drill-down links are not prefetched: a class of 300 would otherwise ask the server for every visible
 * learner's page (each a drill-down computation) as soon as the table is on screen.
 */
export function LearnersTable({ classId, learners, scenarioTitles, now }: { classId: string; learners: readonly LearnerProgress[]; scenarioTitles: ReadonlyMap<string, string>; now: Date }) {
  if (learners.length === 0) return <p className="text-sm text-slate-600 dark:text-slate-400">No learners yet: share the join link.</p>;
  const scenarioIds = learners[0]?.scenarios.map((status) => status.scenarioId) ?? [];
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm" data-testid="learners-table">
        <caption className="sr-only">Progress per learner</caption>
        <thead>
          <tr className="border-b border-slate-200 dark:border-slate-800">
            {["Learner", "Last active", "Reviews 7 d", "Reviews 30 d", "Retention 30 d", "Cards introduced", "Due now", ...scenarioIds.map((id) => scenarioTitles.get(id) ?? id)].map((column) => (
              <th key={column} scope="col" className="py-1 pr-3 font-medium">{column}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {learners.map((learner) => (
            <tr key={learner.userId} className="border-b border-slate-100 dark:border-slate-900">
              <td className="py-1 pr-3">
                <Link className="underline" prefetch={false} href={`/instructor/classes/${classId}/learners/${learner.userId}`}>{learner.name || learner.email}</Link>
                <div className="text-xs text-slate-500">{learner.email}</div>
              </td>
              <td className="py-1 pr-3">{relativeDay(learner.lastActiveAt, now)}</td>
              <td className="py-1 pr-3">{learner.reviews7d}</td>
              <td className="py-1 pr-3">{learner.reviews30d}</td>
              <td className="py-1 pr-3" title={learner.retention30d === null ? "Shown from 10 review answers in 30 days" : undefined}>{percent(learner.retention30d)}</td>
              <td className="py-1 pr-3">{`${learner.cardsIntroduced} / ${learner.cardsAssigned}`}</td>
              <td className="py-1 pr-3">{learner.dueNow}</td>
              {learner.scenarios.map((status) => (
                <td key={status.scenarioId} className={`py-1 pr-3 ${statusClass[status.status]}`}>
                  {statusText[status.status]}
                  {status.attempts > 0 && <span className="text-xs text-slate-500">{attemptsText(status.attempts, status.hintsUsed)}</span>}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
