"use client";

import { useEffect, useState } from "react";
import { readCountdown } from "@/lib/scenarios/attempt-clock";

/**
 * The exam clock of a command task: counts down from the time limit and keeps counting past zero,
 * marked over time. Announced to screen readers only when it runs out, not every second.
 */
export function CountdownTimer({ startedAt, timeLimitSeconds, stoppedAt }: { startedAt: number; timeLimitSeconds: number; stoppedAt?: number }) {
  const [now, setNow] = useState(() => stoppedAt ?? startedAt);
  useEffect(() => {
    if (stoppedAt !== undefined) return setNow(stoppedAt);
    const tick = (): void => setNow(Date.now());
    tick();
    const timer = window.setInterval(tick, 1000);
    return () => window.clearInterval(timer);
  }, [stoppedAt]);
  const reading = readCountdown(startedAt, now, timeLimitSeconds);
  return (
    <p className="flex items-center gap-2 text-sm" data-testid="countdown">
      <span className="text-slate-500">{reading.overTime ? "Over time" : "Time left"}</span>
      <span
        className={`rounded px-2 py-0.5 font-mono text-base tabular-nums ${reading.overTime ? "bg-red-100 text-red-800 dark:bg-red-950 dark:text-red-200" : "bg-slate-100 dark:bg-slate-800"}`}
        aria-label={reading.overTime ? `over time by ${reading.text.slice(1)}` : `${reading.text} left`}
      >
        {reading.text}
      </span>
      <span className="sr-only" aria-live="polite">{reading.overTime ? "Time is up; the clock keeps counting." : ""}</span>
    </p>
  );
}
