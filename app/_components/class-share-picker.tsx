"use client";

/** A class one may share a deck or a scenario with (one the user teaches). */
export interface ShareableClass {
  readonly id: string;
  readonly name: string;
}

interface ClassSharePickerProps {
  readonly classes: readonly ShareableClass[];
  readonly chosen: readonly string[];
  readonly onChange: (classIds: string[]) => void;
}

/** The classes to share with, as checkboxes; shown under a visibility choice of "classes". */
export function ClassSharePicker({ classes, chosen, onChange }: ClassSharePickerProps) {
  if (classes.length === 0) return <p className="text-sm text-slate-600 dark:text-slate-400">You teach no class yet: create one under Instructor first.</p>;
  const toggle = (id: string) => onChange(chosen.includes(id) ? chosen.filter((other) => other !== id) : [...chosen, id]);
  return (
    <fieldset className="rounded border border-slate-300 p-3 dark:border-slate-700">
      <legend className="px-1 text-sm font-medium">Share with these classes</legend>
      <ul className="space-y-1">
        {classes.map((item) => (
          <li key={item.id}>
            <label className="flex min-h-11 items-center gap-2 text-sm">
              <input type="checkbox" className="h-5 w-5" checked={chosen.includes(item.id)} onChange={() => toggle(item.id)} />
              {item.name}
            </label>
          </li>
        ))}
      </ul>
      {chosen.length === 0 && <p className="mt-1 text-sm text-amber-700">Tick at least one class.</p>}
    </fieldset>
  );
}
