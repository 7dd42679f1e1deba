import type { Metadata } from "next";
import Link from "next/link";
import { ensureContentSynced } from "@/lib/server/ensure-content";
import { requireUser } from "@/lib/server/require-user";
import { formatTimeLimit } from "@/lib/scenarios/attempt-clock";
import { listScenarios } from "@/lib/server/scenarios/list-scenarios";

export const metadata: Metadata = { title: "Scenarios" };

const STATUS: Record<string, { label: string; tone: string }> = {
  new: { label: "Not tried", tone: "bg-slate-100 dark:bg-slate-800" },
  failed: { label: "Not passed yet", tone: "bg-amber-100 text-amber-900 dark:bg-amber-900 dark:text-amber-100" },
  passed: { label: "Passed", tone: "bg-emerald-100 text-emerald-900 dark:bg-emerald-900 dark:text-emerald-100" },
};

export default async function ScenariosPage() {
  const user = await requireUser("/scenarios");
  await ensureContentSynced();
  const scenarios = await listScenarios(user.id);
  return (
    <section className="space-y-6">
      <h1 className="text-2xl font-semibold">Scenarios</h1>
      <p className="max-w-3xl text-slate-600 dark:text-slate-300">
        Write the manifests a task asks for, or solve it at the terminal with kubectl. A simulated cluster applies them,
        settles, runs the checks and explains what happened. Command tasks are done at the terminal against an exam-style
        clock. Passed scenarios come back for review on your schedule.
      </p>
      <ul className="grid gap-3 sm:grid-cols-2">
        {scenarios.map((scenario) => {
          const status = STATUS[scenario.status] ?? STATUS.new;
          return (
            <li key={scenario.id} className="rounded-lg border border-slate-200 p-4 dark:border-slate-800" data-testid="scenario-item">
              <h2 className="font-medium">
                <Link href={`/scenarios/${scenario.id}`} className="hover:underline">{scenario.title}</Link>
              </h2>
              <p className="mt-1 flex flex-wrap gap-2 text-xs">
                <span className={`rounded px-1.5 py-0.5 ${status?.tone ?? ""}`}>{status?.label}</span>
                {scenario.kind === "commands" && (
                  <span className="rounded bg-slate-900 px-1.5 py-0.5 font-mono text-slate-100" data-testid="command-task">
                    $ command task{scenario.timeLimitSeconds !== undefined ? ` · ${formatTimeLimit(scenario.timeLimitSeconds)}` : ""}
                  </span>
                )}
                <span className="rounded bg-slate-100 px-1.5 py-0.5 dark:bg-slate-800">{scenario.difficulty}</span>
                {scenario.topics.map((topic) => (
                  <span key={topic} className="rounded border border-slate-200 px-1.5 py-0.5 dark:border-slate-700">{topic}</span>
                ))}
              </p>
              {scenario.classes.length > 0 && <p className="mt-1 text-xs text-slate-600 dark:text-slate-400">Shared with {scenario.classes.join(", ")}</p>}
              {scenario.attempts > 0 && <p className="mt-1 text-xs text-slate-500">{scenario.attempts} attempt{scenario.attempts === 1 ? "" : "s"}</p>}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
