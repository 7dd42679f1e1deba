import { primaryButton } from "./button-classes";

/**
 * Join a class with the code an instructor read out or sent (a pasted /join/CODE link works too): opens
 * the class's join page, which shows what the instructor will see before the learner joins.
 */
export function JoinCodeForm({ className = "" }: { className?: string }) {
  return (
    <form method="get" action="/join" className={`flex flex-wrap items-end gap-2 ${className}`} aria-label="Join a class">
      <label className="text-sm font-medium">
        Join code or link
        <input
          name="code"
          required
          maxLength={200}
          autoComplete="off"
          placeholder="e.g. K7PQ-3MXA"
          className="mt-1 block w-56 rounded border border-slate-300 bg-white px-3 py-2 text-base dark:border-slate-700 dark:bg-slate-900"
        />
      </label>
      <button type="submit" className={primaryButton}>Open class</button>
    </form>
  );
}
