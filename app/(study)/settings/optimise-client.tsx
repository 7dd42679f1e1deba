"use client";

import { useState } from "react";
import { secondaryButton } from "@/app/_components/button-classes";
import type { OptimiseResult } from "@/lib/validations/settings";

function fitted(personal: boolean, at: string | null): string {
  if (!personal) return "Your schedule uses the default FSRS-6 parameters.";
  return `Your schedule uses parameters fitted to your reviews${at ? ` on ${new Date(at).toLocaleDateString()}` : ""}.`;
}

function ScoreTable({ result }: { result: OptimiseResult }) {
  if (!result.before || !result.after) return null;
  const rows = [
    { name: "Log loss", before: result.before.logLoss, after: result.after.logLoss },
    { name: "RMSE (bins)", before: result.before.rmseBins, after: result.after.rmseBins },
  ];
  return (
    <div className="overflow-x-auto">
    <table className="w-full max-w-md text-sm">
      <caption className="text-left text-slate-600 dark:text-slate-400">Prediction error on reviews the parameters were not fitted on (lower is better), {result.scoredReviews} reviews</caption>
      <thead>
        <tr className="text-left"><th scope="col">Measure</th><th scope="col">Current</th><th scope="col">Newly fitted</th></tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.name}><th scope="row" className="text-left font-normal">{row.name}</th><td>{row.before.toFixed(4)}</td><td>{row.after.toFixed(4)}</td></tr>
        ))}
      </tbody>
    </table>
    </div>
  );
}

/** "Optimise my schedule": fits parameters on the learner's reviews and shows before/after scores. */
export function OptimiseClient({ personalParameters, parametersFitAt }: { personalParameters: boolean; parametersFitAt: string | null }) {
  const [status, setStatus] = useState(() => fitted(personalParameters, parametersFitAt));
  const [result, setResult] = useState<OptimiseResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function optimise() {
    setBusy(true);
    setError(null);
    try {
      const response = await fetch("/api/settings/optimise", { method: "POST" });
      const data = (await response.json().catch(() => ({}))) as Partial<OptimiseResult> & { error?: string };
      if (!response.ok || data.settings === undefined) return setError(data.error ?? `The server answered ${response.status}. Try again.`);
      const full = data as OptimiseResult;
      setResult(full);
      setStatus(fitted(full.settings.personalParameters, full.settings.parametersFitAt));
    } catch {
      setError("Could not reach the server. Try again.");
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="optimise-heading" className="space-y-3 rounded-lg border border-slate-200 p-4 dark:border-slate-800">
      <h2 id="optimise-heading" className="text-lg font-medium">Optimise my schedule</h2>
      <p className="text-sm text-slate-600 dark:text-slate-400">
        Fits the memory model to your own review history, so intervals match how fast you forget. New parameters are kept
        only if they predict your answers better than the current ones on reviews they were not fitted on.
      </p>
      <p className="text-sm">{status}</p>
      <button type="button" className={secondaryButton} onClick={optimise} disabled={busy}>
        {busy ? "Optimising… (a few seconds)" : "Optimise my schedule"}
      </button>
      <div aria-live="polite" className="space-y-2">
        {error && <p role="alert" className="text-sm text-red-700 dark:text-red-400">{error}</p>}
        {result && (
          <div data-testid="optimise-result" className="space-y-2 text-sm">
            {result.enoughReviews ? (
              <>
                <p className="font-medium">{result.kept ? "New parameters kept." : "Current parameters kept."}</p>
                <p>{result.reason}</p>
              </>
            ) : (
              // Said once: how many more reviews it needs, and that nothing changed.
              <p>{result.reason} Nothing was changed.</p>
            )}
            <ScoreTable result={result} />
          </div>
        )}
      </div>
    </section>
  );
}
