"use client";

import Link from "next/link";
import { useEffect, useRef, useState } from "react";
import { primaryButton, secondaryButton } from "@/app/_components/button-classes";
import { Markdown } from "@/app/_components/markdown";
import { describeTimeTaken } from "@/lib/scenarios/attempt-clock";
import type { StartingCluster } from "@/lib/scenarios/types";
import { AnswerWorkspace } from "./answer-workspace";
import { CommandTranscript } from "./command-transcript";
import { CountdownTimer } from "./countdown-timer";
import { GradeReport } from "./grade-report";
import { ProblemsPanel } from "./problems-panel";
import { SolutionsView, type SolutionView } from "./solutions-view";
import { useAttempt } from "./use-attempt";

interface ScenarioClientProps {
  scenarioId: string;
  kind: "manifests" | "commands";
  /** Command tasks: the exam-style time limit. */
  timeLimitSeconds?: number;
  /** Only the starting cluster (nodes and given manifests) reaches the browser, for the terminal. */
  cluster: StartingCluster;
  seed: number;
  hints: string[];
  initialHintsShown: number;
  /** The checks' learner-facing titles, listed before the first submit. */
  checks: { id: string; title: string }[];
  initialAnswer: string;
  initialSolutions: SolutionView[];
  nextScenario: { id: string; title: string } | null;
}

export function ScenarioClient({ scenarioId, kind, timeLimitSeconds, cluster, seed, hints, initialHintsShown, checks, initialAnswer, initialSolutions, nextScenario }: ScenarioClientProps) {
  const [answer, setAnswer] = useState(initialAnswer);
  const [shownHints, setShownHints] = useState(initialHintsShown);
  const attempt = useAttempt(scenarioId, timeLimitSeconds !== undefined);
  const { result, entries } = attempt;
  const solutions = attempt.solutions ?? initialSolutions;
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

  const nothingToSubmit = kind === "manifests" && answer.trim() === "" && entries.length === 0;
  const stoppedAt = result?.passed && attempt.startedAt !== null && attempt.elapsedMs !== null ? attempt.startedAt + attempt.elapsedMs : undefined;
  return (
    <div className="min-w-0 space-y-4">
      {timeLimitSeconds !== undefined && attempt.startedAt !== null && (
        <CountdownTimer startedAt={attempt.startedAt} timeLimitSeconds={timeLimitSeconds} stoppedAt={stoppedAt} />
      )}
      {!result && checks.length > 0 && (
        <section aria-label="What will be checked" className="rounded border border-slate-200 p-3 text-sm dark:border-slate-800">
          <h2 className="font-medium">Your answer will be checked for</h2>
          <ul className="mt-1 list-disc pl-5">
            {checks.map((check) => <li key={check.id}>{check.title}</li>)}
          </ul>
        </section>
      )}
      <AnswerWorkspace
        scenarioId={scenarioId}
        kind={kind}
        cluster={cluster}
        seed={seed}
        answer={answer}
        onAnswerChange={setAnswer}
        commandCount={entries.length}
        onEntry={attempt.addEntry}
        onReset={attempt.clearEntries}
      />
      <div className="flex flex-wrap gap-3">
        <button type="button" className={primaryButton} onClick={() => void attempt.submit(answer, shownHints)} disabled={attempt.busy || nothingToSubmit}>
          {attempt.busy ? "Grading…" : "Submit"}
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
      {attempt.error && <p role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-sm text-red-800 dark:border-red-800 dark:bg-red-950 dark:text-red-200">{attempt.error}</p>}
      {result && (
        <GradeReport result={result} ref={resultRef} timeTaken={attempt.elapsedMs !== null ? describeTimeTaken(attempt.elapsedMs, timeLimitSeconds) : undefined}>
          {result.transcript && <CommandTranscript transcript={result.transcript} />}
        </GradeReport>
      )}
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
