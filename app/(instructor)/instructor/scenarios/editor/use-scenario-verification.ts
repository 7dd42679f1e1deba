"use client";

import { useEffect, useRef, useState } from "react";

export interface VerificationState {
  running: boolean;
  problems: { line: number; message: string }[] | null;
}

/** Verifies `text` in a Web Worker a moment after the author stops typing; the latest answer wins. */
export function useScenarioVerification(text: string, delayMs = 600): VerificationState {
  const worker = useRef<Worker | null>(null);
  const seq = useRef(0);
  const [state, setState] = useState<VerificationState>({ running: false, problems: null });

  useEffect(() => {
    const created = new Worker(new URL("./verify-scenario.worker.ts", import.meta.url), { type: "module" });
    created.onmessage = (event: MessageEvent<{ seq: number; problems: { line: number; message: string }[] }>) => {
      if (event.data.seq === seq.current) setState({ running: false, problems: event.data.problems });
    };
    created.onerror = (event: ErrorEvent) => {
      setState({ running: false, problems: [{ line: 1, message: `verification could not run in this browser (${event.message || "worker error"}); publishing still verifies on the server` }] });
    };
    worker.current = created;
    return () => created.terminate();
  }, []);

  useEffect(() => {
    const timer = setTimeout(() => {
      seq.current += 1;
      setState((old) => ({ ...old, running: true }));
      worker.current?.postMessage({ seq: seq.current, text });
    }, delayMs);
    return () => clearTimeout(timer);
  }, [text, delayMs]);

  return state;
}
