"use client";

/**
 * The attempt in progress on a scenario page: the commands recorded at the terminal, when a command
 * task's attempt started (kept over a reload), and Submit — which sends the editor's manifests and the
 * recorded commands, and sends the same submission again (double click, retry) under the same clientId.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import type { CommandEntry } from "@/lib/kubectl/shell/transcript";
import type { GradeResult } from "@/lib/scenarios/types";
import { attemptStart, clearAttemptStart } from "./attempt-start";
import type { TranscriptEntry } from "./command-transcript";
import type { SolutionView } from "./solutions-view";

export type AttemptResult = GradeResult & { transcript?: TranscriptEntry[] };

interface Submission {
  readonly key: string;
  readonly clientId: string;
  readonly elapsedMs?: number;
}

export function useAttempt(scenarioId: string, timed: boolean) {
  const [entries, setEntries] = useState<CommandEntry[]>([]);
  const [startedAt, setStartedAt] = useState<number | null>(null);
  const [elapsedMs, setElapsedMs] = useState<number | null>(null);
  const [result, setResult] = useState<AttemptResult | null>(null);
  const [solutions, setSolutions] = useState<SolutionView[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submission = useRef<Submission | null>(null);

  useEffect(() => {
    if (timed) setStartedAt(attemptStart(scenarioId, Date.now()));
  }, [scenarioId, timed]);

  const addEntry = useCallback((entry: CommandEntry) => setEntries((recorded) => [...recorded, entry]), []);
  const clearEntries = useCallback(() => setEntries([]), []);

  async function submit(answer: string, hintsUsed: number): Promise<void> {
    if (busy) return;
    const files = answer.trim() === "" ? [] : [{ file: "answer.yaml", text: answer }];
    const key = JSON.stringify({ files, entries });
    if (submission.current?.key !== key) {
      submission.current = { key, clientId: crypto.randomUUID(), ...(startedAt !== null ? { elapsedMs: Math.max(0, Date.now() - startedAt) } : {}) };
    }
    const { clientId, elapsedMs: elapsed } = submission.current;
    setBusy(true);
    setError(null);
    try {
      const response = await fetch(`/api/scenarios/${encodeURIComponent(scenarioId)}/attempts`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ clientId, files, hintsUsed, ...(entries.length > 0 ? { commands: entries } : {}), ...(elapsed !== undefined ? { elapsedMs: elapsed } : {}) }),
      });
      const body = (await response.json().catch(() => ({}))) as { result?: AttemptResult; solutions?: SolutionView[]; error?: string };
      if (!response.ok || !body.result) return setError(body.error ?? `Grading failed (${response.status}). Your answer and commands are still here.`);
      setResult(body.result);
      setElapsedMs(elapsed ?? null);
      if (body.solutions) setSolutions(body.solutions);
      if (body.result.passed && timed) clearAttemptStart(scenarioId);
    } catch {
      setError("Could not reach the server. Your answer and commands are still here; try again.");
    } finally {
      setBusy(false);
    }
  }

  return { entries, addEntry, clearEntries, startedAt, elapsedMs, result, solutions, error, busy, submit };
}
