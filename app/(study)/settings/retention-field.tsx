import { FormField } from "@/app/_components/form-field";
import { RETENTION_MAX, RETENTION_MIN } from "@/lib/validations/settings";

/** Desired retention with a plain explanation of what raising or lowering it costs. */
export function RetentionField({ value, onChange, error }: { value: string; onChange: (value: string) => void; error?: string }) {
  const percent = Number(value);
  const forget = Number.isFinite(percent) && percent > 0 && percent < 1 ? Math.round((1 - percent) * 100) : null;
  return (
    <div className="space-y-2">
      <FormField
        label={`Desired retention (${RETENTION_MIN.toFixed(2)}–${RETENTION_MAX.toFixed(2)})`}
        name="desiredRetention"
        type="number"
        inputMode="decimal"
        step={0.01}
        min={RETENTION_MIN}
        max={RETENTION_MAX}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        error={error}
        aria-describedby={error ? "desiredRetention-error retention-help" : "retention-help"}
      />
      <p id="retention-help" className="text-sm text-slate-600 dark:text-slate-400">
        The chance you still remember a card when it comes up for review. Higher retention means you forget less, but cards
        come back sooner, so you get more reviews per day: going from 0.90 to 0.95 roughly doubles them. Lower retention
        means fewer reviews but more forgotten cards. 0.90 is a good balance for most people.
        {forget !== null && ` At ${value} you would forget about ${forget} of every 100 cards you review.`}
      </p>
    </div>
  );
}
