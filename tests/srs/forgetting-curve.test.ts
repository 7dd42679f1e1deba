import { describe, expect, it } from "vitest";
import { default_w, forgetting_curve } from "ts-fsrs";
import { forgettingCurve } from "@/lib/srs";

describe("forgettingCurve", () => {
  it("equals ts-fsrs's forgetting_curve exactly, for the default parameters and for fitted ones with another decay", () => {
    const fitted = [...default_w.slice(0, 20), 0.45];
    for (const parameters of [[...default_w], fitted]) {
      const curve = forgettingCurve(parameters);
      for (const stability of [0.1, 1, 3.7, 42, 365]) {
        for (const elapsed of [0, 0.5, 1, 10, 100, 1000]) expect(curve(stability, elapsed)).toBe(forgetting_curve(parameters, elapsed, stability));
      }
    }
    expect(forgettingCurve()(10, 10)).toBeCloseTo(0.9, 2); // stability: the interval at which recall falls to 90 %
    expect(forgettingCurve(fitted)(10, 30)).toBeLessThan(forgettingCurve()(10, 30) - 0.03); // a steeper decay forgets faster past the stability
  });
});
