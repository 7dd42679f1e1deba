import type { ReactNode } from "react";

/** A titled section of the class page. */
export function Panel({ id, title, action, children }: { id: string; title: string; action?: ReactNode; children: ReactNode }) {
  return (
    <section aria-labelledby={`${id}-heading`} className="space-y-3 rounded-lg border border-slate-200 p-4 dark:border-slate-800" data-testid={id}>
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id={`${id}-heading`} className="text-lg font-medium">{title}</h2>
        {action}
      </div>
      {children}
    </section>
  );
}
