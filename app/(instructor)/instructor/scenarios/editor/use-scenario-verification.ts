"use client";

import { useEffect, useRef, useState } from "react";

export interface VerificationState {
  running: boolean;
  problems: { line: number; message: string }[] | null;
}

type Problems = { line: number; message: string }[];

function workerFailure(reason: string): Problems {
  return [{ line: 1, message: `verification could not run in this browser (${reason}); publishing still verifies on the server` }];
}

/** Verifies `text` in a Web Worker a moment after the author stops typing; the latest answer wins. */
export function useScenarioVerification(text: string, delayMs = 600): VerificationState {
  const worker = useRef<Worker | null>(null);
  const failure = useRef<Problems | null>(null);
  const seq = useRef(0);
  const [state, setState] = useState<VerificationState>({ running: false, problems: null });

  useEffect(() => {
    // A classic worker, not `{ type: "module" }`: Turbopack's production worker bootstrap loads the
    // worker's chunks with importScripts(), which a module worker refuses, so a module worker died at
    // start-up in the built app (next dev loads workers differently and hid it).
    const created = new Worker(new URL("./verify-scenario.worker.ts", import.meta.url));
    created.onmessage = (event: MessageEvent<{ seq: number; problems: Problems }>) => {
      if (event.data.seq === seq.current) setState({ running: false, problems: event.data.problems });
    };
    created.onerror = (event: ErrorEvent) => {
      // A worker that failed never answers: remember it, so later edits report it instead of "Verifying…" forever.
      failure.current = workerFailure(event.message || "worker error");
      setState({ running: false, problems: failure.current });
    };
    worker.current = created;
    failure.current = null;
    return () => created.terminate();
  }, []);

  useEffect(() => {
    const timer = setTimeout(() => {
      if (failure.current) return setState({ running: false, problems: failure.current });
      seq.current += 1;
      setState((old) => ({ ...old, running: true }));
      worker.current?.postMessage({ seq: seq.current, text });
    }, delayMs);
    return () => clearTimeout(timer);
  }, [text, delayMs]);

  return state;
}
