"use client";

import Link from "next/link";
import { useEffect, useRef, useState } from "react";
import { primaryButton, secondaryButton } from "@/app/_components/button-classes";
import { ManifestEditor } from "@/app/_components/manifest-editor";
import { Markdown } from "@/app/_components/markdown";
import type { GradeResult } from "@/lib/scenarios/types";
import { GradeReport } from "./grade-report";
import { ProblemsPanel } from "./problems-panel";
import { SolutionsView, type SolutionView } from "./solutions-view";

interface ScenarioClientProps {
  scenarioId: string;
  hints: string[];
  initialHintsShown: number;
  /** The checks' learner-facing titles, listed before the first submit. */
  checks: { id: string; title: string }[];
  initialAnswer: string;
  initialSolutions: SolutionView[];
  nextScenario: { id: string; title: string } | null;
}

export function ScenarioClient({ scenarioId, hints, initialHintsShown, checks, initialAnswer, initialSolutions, nextScenario }: ScenarioClientProps) {
  const [answer, setAnswer] = useState(initialAnswer);
  const [shownHints, setShownHints] = useState(initialHintsShown);
  const [result, setResult] = useState<GradeResult | null>(null);
  const [solutions, setSolutions] = useState(initialSolutions);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submission = useRef<{ text: string; clientId: string } | null>(null);
  const resultRef = useRef<HTMLElement>(null);

  useEffect(() => {
    if (!result) return;
    resultRef.current?.scrollIntoView({ block: "start" });
    resultRef.current?.focus({ preventScroll: true });
  }, [result]);

  async function showHint() {
    const shown = shownHints + 1;
    setShownHints(shown);
    // Stored with the attempt in progress, so a reload keeps the hint (and grading counts it).
    const response = await fetch(`/api/scenarios/${encodeURIComponent(scenarioId)}/hints`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ shown }) }).catch(() => null);
    if (response?.ok) setShownHints(((await response.json()) as { shown: number }).shown);
  }

  async function submit() {
    if (busy) return;
    // The same text re-submitted (double click, retry) keeps its id, so it is graded and stored once.
    if (submission.current?.text !== answer) submission.current = { text: answer, clientId: crypto.randomUUID() };
    setBusy(true);
    setError(null);
    try {
      const response = await fetch(`/api/scenarios/${encodeURIComponent(scenarioId)}/attempts`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ clientId: submission.current.clientId, files: [{ file: "answer.yaml", text: answer }], hintsUsed: shownHints }),
      });
      const body = (await response.json().catch(() => ({}))) as { result?: GradeResult; solutions?: SolutionView[]; error?: string };
      if (!response.ok || !body.result) return setError(body.error ?? `Grading failed (${response.status}). Your answer is still in the editor.`);
      setResult(body.result);
      if (body.solutions) setSolutions(body.solutions);
    } catch {
      setError("Could not reach the server. Your answer is still in the editor; try again.");
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="min-w-0 space-y-4">
      {!result && checks.length > 0 && (
        <section aria-label="What will be checked" className="rounded border border-slate-200 p-3 text-sm dark:border-slate-800">
          <h2 className="font-medium">Your answer will be checked for</h2>
          <ul className="mt-1 list-disc pl-5">
            {checks.map((check) => <li key={check.id}>{check.title}</li>)}
          </ul>
        </section>
      )}
      <ManifestEditor value={answer} onChange={setAnswer} label="Your manifests (YAML)" />
      <div className="flex flex-wrap gap-3">
        <button type="button" className={primaryButton} onClick={() => void submit()} disabled={busy || answer.trim() === ""}>
          {busy ? "Grading…" : "Submit"}
        </button>
        {shownHints < hints.length && (
          <button type="button" className={secondaryButton} onClick={() => void showHint()}>
            Show a hint ({hints.length - shownHints} left)
          </button>
        )}
      </div>
      {result?.problems && <ProblemsPanel problems={result.problems} />}
      {shownHints > 0 && (
        <ol className="list-decimal space-y-2 pl-5 text-sm" aria-label="Hints">
          {hints.slice(0, shownHints).map((hint) => <li key={hint}><Markdown text={hint} /></li>)}
        </ol>
      )}
      {error && <p role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-sm text-red-800 dark:border-red-800 dark:bg-red-950 dark:text-red-200">{error}</p>}
      {result && <GradeReport result={result} ref={resultRef} />}
      {result && nextScenario && (
        <p>
          <Link className={result.passed ? primaryButton : secondaryButton} href={`/scenarios/${encodeURIComponent(nextScenario.id)}`}>
            Next scenario: {nextScenario.title}
          </Link>
        </p>
      )}
      {solutions.length > 0 && <SolutionsView solutions={solutions} />}
    </div>
  );
}
