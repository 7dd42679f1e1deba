import type { Problem } from "@/lib/cluster/diagnose/problem";

const TONE: Record<Problem["severity"], string> = {
  error: "border-red-300 dark:border-red-800",
  warning: "border-amber-300 dark:border-amber-700",
  info: "border-slate-200 dark:border-slate-800",
};

/** The engine's diagnosis of the graded cluster, shown under the editor: what fails and the likely mistakes, with where and how to fix. */
export function ProblemsPanel({ problems }: { problems: readonly Problem[] }) {
  if (problems.length === 0) return null;
  return (
    <section aria-label="Problems" className="space-y-2">
      <h2 className="text-sm font-semibold">Problems the cluster shows ({problems.length})</h2>
      <ul className="space-y-2 text-sm">
        {problems.map((p, index) => (
          <li key={index} className={`rounded border p-2 ${TONE[p.severity]}`} data-testid="problem">
            <p>
              <span className="font-medium">{p.severity}</span> <span className="font-mono text-xs">{p.id}</span> {p.object}
              {p.file && <span className="font-mono text-xs"> ({p.file}{p.line ? `:${p.line}` : ""}{p.path ? ` ${p.path}` : ""})</span>}
            </p>
            <p className="mt-1">{p.message}</p>
            <p className="mt-1 text-xs">Fix: {p.fix}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
