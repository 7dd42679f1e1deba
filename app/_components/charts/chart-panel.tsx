import type { ReactNode } from "react";

/** A titled progress panel: a short summary line, the chart, then its table alternative. */
export function ChartPanel({ id, title, summary, children }: { id: string; title: string; summary: ReactNode; children: ReactNode }) {
  return (
    <section aria-labelledby={`${id}-heading`} className="space-y-3 rounded-lg border border-slate-200 p-4 dark:border-slate-800" data-testid={id}>
      <h2 id={`${id}-heading`} className="text-lg font-medium">{title}</h2>
      <p className="text-sm text-slate-600 dark:text-slate-400">{summary}</p>
      {children}
    </section>
  );
}
