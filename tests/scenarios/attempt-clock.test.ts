import { describe, expect, it } from "vitest";
import { describeTimeTaken, formatClock, formatTimeLimit, readCountdown } from "@/lib/scenarios/attempt-clock";

describe("formatClock", () => {
  it("shows minutes and seconds, and hours only when there are some", () => {
    expect([0, 5_000, 65_999, 600_000, 3_723_000].map(formatClock)).toEqual(["0:00", "0:05", "1:05", "10:00", "1:02:03"]);
  });
});

describe("readCountdown", () => {
  const start = 1_000_000;
  it("counts down from the limit, rounding up so the clock shows 0:00 only when time is out", () => {
    expect(readCountdown(start, start, 360)).toEqual({ text: "6:00", overTime: false });
    expect(readCountdown(start, start + 500, 360)).toEqual({ text: "6:00", overTime: false });
    expect(readCountdown(start, start + 359_001, 360)).toEqual({ text: "0:01", overTime: false });
  });

  it("keeps counting past zero, marked over time", () => {
    expect(readCountdown(start, start + 360_000, 360)).toEqual({ text: "+0:00", overTime: true });
    expect(readCountdown(start, start + 425_500, 360)).toEqual({ text: "+1:05", overTime: true });
  });

  it("treats a start in the future (a clock changed since) as just started", () => {
    expect(readCountdown(start, start - 60_000, 60)).toEqual({ text: "1:00", overTime: false });
  });
});

describe("describeTimeTaken", () => {
  it("says the time against the limit, and how much over it", () => {
    expect(describeTimeTaken(245_000, 360)).toBe("Time taken 4:05 of 6:00");
    expect(describeTimeTaken(430_000, 360)).toBe("Time taken 7:10, 1:10 over the 6:00 limit");
    expect(describeTimeTaken(61_000, undefined)).toBe("Time taken 1:01");
  });
});

describe("formatTimeLimit", () => {
  it("names whole minutes, and minutes and seconds otherwise", () => {
    expect([360, 150, 3600].map(formatTimeLimit)).toEqual(["6 min", "2:30 min", "60 min"]);
  });
});
