import type { InputHTMLAttributes } from "react";

interface FormFieldProps extends InputHTMLAttributes<HTMLInputElement> {
  readonly label: string;
  readonly name: string;
  readonly error?: string;
}

/** A labelled input whose error is announced and tied to the field for screen readers. */
export function FormField({ label, name, error, ...input }: FormFieldProps) {
  const errorId = `${name}-error`;
  return (
    <label className="block text-sm font-medium">
      {label}
      <input
        name={name}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        className="mt-1 block w-full rounded border border-slate-300 bg-white px-3 py-2 text-base dark:border-slate-700 dark:bg-slate-900"
        {...input}
      />
      {error && (
        <span id={errorId} className="mt-1 block text-sm font-normal text-red-700 dark:text-red-400">
          {error}
        </span>
      )}
    </label>
  );
}
