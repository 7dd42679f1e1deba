import { describe, expect, it } from "vitest";
import { median, rankFailedChecks, scenarioSummaries } from "@/lib/classes";
import { attempt } from "./fixtures";

const SELECTOR = "Service web selected no pods: selector app=shop-web matched no pod labels (app=web).";

describe("scenario misconceptions", () => {
  it("ranks the failed checks by how many learners failed them, with the commonest explanation", () => {
    const ranked = rankFailedChecks([
      attempt("ada", "expose-web", false, 0, [["endpoints", SELECTOR], ["reachable", "no answer"]]),
      attempt("ada", "expose-web", false, 1, [["endpoints", SELECTOR]]),
      attempt("bo", "expose-web", false, 2, [["endpoints", "Service web selected no pods: selector tier=web matched nothing."]]),
      attempt("cy", "expose-web", false, 3, [["endpoints", SELECTOR], ["admission", "spec.replicas: must be ≥ 0"]]),
      attempt("cy", "expose-web", true, 4, [["ignored", "passing attempts carry no misconception"]]),
    ]);
    expect(ranked.map((check) => [check.check, check.count])).toEqual([["endpoints", 3], ["admission", 1], ["reachable", 1]]);
    expect(ranked[0]?.example).toBe(SELECTOR);
  });

  it("gives pass rate and median attempts to pass per scenario, counting only members", () => {
    const [summary, untried] = scenarioSummaries(
      ["expose-web", "fix-pending"],
      [
        attempt("ada", "expose-web", false, 0, [["endpoints", SELECTOR]]),
        attempt("ada", "expose-web", true, 1),
        attempt("bo", "expose-web", false, 2, [["endpoints", SELECTOR]]),
        attempt("bo", "expose-web", false, 3, [["endpoints", SELECTOR]]),
        attempt("cy", "expose-web", true, 4),
        attempt("outsider", "expose-web", true, 5),
      ],
      new Set(["ada", "bo", "cy"]),
    );
    expect(summary).toMatchObject({ scenarioId: "expose-web", learners: 3, passed: 2, medianAttempts: 1.5 });
    expect(summary?.passRate).toBeCloseTo(2 / 3);
    expect(summary?.failedChecks[0]).toMatchObject({ check: "endpoints", count: 2, example: SELECTOR });
    expect(untried).toEqual({ scenarioId: "fix-pending", learners: 0, passed: 0, passRate: null, medianAttempts: null, failedChecks: [] });
  });

  it("takes the median of odd and even counts", () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
    expect(median([])).toBeNull();
  });
});
