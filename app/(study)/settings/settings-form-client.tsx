"use client";

import { useState, type FormEvent } from "react";
import { primaryButton } from "@/app/_components/button-classes";
import { FormField } from "@/app/_components/form-field";
import { settingsSchema, type SettingsView } from "@/lib/validations/settings";
import { RetentionField } from "./retention-field";
import { TimeZoneField } from "./time-zone-field";

type Field = "desiredRetention" | "newCardsPerDay" | "maxReviewsPerDay" | "timeZone" | "leechThreshold" | "leechAction";
type Values = Record<Field, string>;
type Errors = Partial<Record<Field | "form", string>>;

function valuesOf(settings: SettingsView): Values {
  return {
    desiredRetention: settings.desiredRetention.toFixed(2),
    newCardsPerDay: String(settings.newCardsPerDay),
    maxReviewsPerDay: String(settings.maxReviewsPerDay),
    timeZone: settings.timeZone,
    leechThreshold: String(settings.leechThreshold),
    leechAction: settings.leechAction,
  };
}

/** Empty text stays a string so the schema reports "must be a number" for it. */
function numberOrText(text: string): number | string {
  return text.trim() === "" || Number.isNaN(Number(text)) ? text : Number(text);
}

function errorsFrom(issues: readonly { path: string; message: string }[]): Errors {
  const errors: Errors = {};
  for (const issue of issues) {
    const field = (issue.path.split(".")[0] || "form") as Field | "form";
    errors[field] ??= issue.message;
  }
  return errors;
}

export function SettingsFormClient({ initial }: { initial: SettingsView }) {
  const [values, setValues] = useState<Values>(() => valuesOf(initial));
  const [errors, setErrors] = useState<Errors>({});
  const [saved, setSaved] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const set = (field: Field) => (value: string) => setValues((current) => ({ ...current, [field]: value }));

  async function save(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaved(null);
    const body = {
      desiredRetention: numberOrText(values.desiredRetention),
      newCardsPerDay: numberOrText(values.newCardsPerDay),
      maxReviewsPerDay: numberOrText(values.maxReviewsPerDay),
      timeZone: values.timeZone,
      leechThreshold: numberOrText(values.leechThreshold),
      leechAction: values.leechAction,
    };
    const checked = settingsSchema.safeParse(body);
    if (!checked.success) {
      return setErrors(errorsFrom(checked.error.issues.map((issue) => ({ path: issue.path.map(String).join("."), message: issue.message }))));
    }
    setBusy(true);
    try {
      const response = await fetch("/api/settings", { method: "PUT", headers: { "content-type": "application/json" }, body: JSON.stringify(checked.data) });
      const data = (await response.json().catch(() => ({}))) as { settings?: SettingsView; error?: string; issues?: { path: string; message: string }[] };
      if (!response.ok || !data.settings) {
        const issues = data.issues ?? [];
        return setErrors(issues.length > 0 ? errorsFrom(issues) : { form: data.error ?? `The server answered ${response.status}. Try again.` });
      }
      setErrors({});
      setValues(valuesOf(data.settings));
      setSaved("Settings saved. They apply from your next card.");
    } catch {
      setErrors({ form: "Could not reach the server. Your changes are still here; try again." });
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={save} noValidate className="space-y-5" aria-label="Study settings">
      <RetentionField value={values.desiredRetention} onChange={set("desiredRetention")} error={errors.desiredRetention} />
      <div className="grid gap-4 sm:grid-cols-2">
        <FormField label="New cards per day" name="newCardsPerDay" type="number" inputMode="numeric" min={0} max={1000} value={values.newCardsPerDay} onChange={(e) => set("newCardsPerDay")(e.target.value)} error={errors.newCardsPerDay} />
        <FormField label="Maximum reviews per day" name="maxReviewsPerDay" type="number" inputMode="numeric" min={0} max={10000} value={values.maxReviewsPerDay} onChange={(e) => set("maxReviewsPerDay")(e.target.value)} error={errors.maxReviewsPerDay} />
      </div>
      <TimeZoneField value={values.timeZone} onChange={set("timeZone")} error={errors.timeZone} />
      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-2 text-sm font-medium">Leeches (cards you keep forgetting)</legend>
        <FormField label="Leech threshold (lapses)" name="leechThreshold" type="number" inputMode="numeric" min={1} max={99} value={values.leechThreshold} onChange={(e) => set("leechThreshold")(e.target.value)} error={errors.leechThreshold} />
        <label className="block text-sm font-medium">
          When a card becomes a leech
          <select name="leechAction" value={values.leechAction} onChange={(e) => set("leechAction")(e.target.value)} className="mt-1 block min-h-11 w-full rounded border border-slate-300 bg-white px-3 py-2 text-base dark:border-slate-700 dark:bg-slate-900">
            <option value="suspend">Tag it and suspend it</option>
            <option value="tag">Only tag it</option>
          </select>
          {errors.leechAction && <span className="mt-1 block text-sm font-normal text-red-700 dark:text-red-400">{errors.leechAction}</span>}
        </label>
      </fieldset>
      {errors.form && <p role="alert" className="text-sm text-red-700 dark:text-red-400">{errors.form}</p>}
      {saved && <p role="status" className="text-sm text-green-700 dark:text-green-400">{saved}</p>}
      <button type="submit" className={primaryButton} disabled={busy}>{busy ? "Saving…" : "Save settings"}</button>
    </form>
  );
}
