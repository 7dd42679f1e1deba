import { describe, expect, it } from "vitest";
import { attemptRating, isOverTime } from "@/lib/scenarios/attempt-rating";

describe("attemptRating", () => {
  it("rates a failed attempt Again whatever the time and hints", () => {
    expect(attemptRating({ passed: false, hintsUsed: 0 })).toBe(1);
    expect(attemptRating({ passed: false, hintsUsed: 0, elapsedMs: 1_000, timeLimitSeconds: 360 })).toBe(1);
  });

  it("rates a pass with hints Hard, and a pass on its own Good", () => {
    expect(attemptRating({ passed: true, hintsUsed: 1 })).toBe(2);
    expect(attemptRating({ passed: true, hintsUsed: 0 })).toBe(3);
  });

  it("rates a pass slower than the time limit Hard; at the limit or without a limit or a time it is Good", () => {
    expect(attemptRating({ passed: true, hintsUsed: 0, elapsedMs: 360_001, timeLimitSeconds: 360 })).toBe(2);
    expect(attemptRating({ passed: true, hintsUsed: 0, elapsedMs: 360_000, timeLimitSeconds: 360 })).toBe(3);
    expect(attemptRating({ passed: true, hintsUsed: 0, elapsedMs: 9_999_999 })).toBe(3);
    expect(attemptRating({ passed: true, hintsUsed: 0, timeLimitSeconds: 360 })).toBe(3);
  });

  it("counts over time only past the limit", () => {
    expect(isOverTime(61_000, 60)).toBe(true);
    expect(isOverTime(59_000, 60)).toBe(false);
    expect(isOverTime(undefined, 60)).toBe(false);
  });
});
