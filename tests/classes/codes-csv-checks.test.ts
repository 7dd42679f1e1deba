import { describe, expect, it } from "vitest";
import { failedChecksOf, joinCodeFrom, JOIN_CODE_ALPHABET, normaliseJoinCode, progressCsv, storedFailedChecks, type LearnerProgress } from "@/lib/classes";

describe("join codes", () => {
  it("maps random bytes to 8 unambiguous characters, the same bytes to the same code", () => {
    const bytes = Uint8Array.from([0, 1, 2, 30, 31, 255, 128, 64]);
    const code = joinCodeFrom(bytes);
    expect(code).toHaveLength(8);
    expect(code).toBe(joinCodeFrom(bytes));
    expect([...code].every((char) => JOIN_CODE_ALPHABET.includes(char))).toBe(true);
    expect(code).not.toMatch(/[01OIL]/);
    expect(() => joinCodeFrom(new Uint8Array(3))).toThrow(/8 random bytes/);
  });

  it("reads a pasted link or a typed code in any case", () => {
    expect(normaliseJoinCode("https://kubedeck.example/join/abcd-efgh?x=1")).toBe("ABCDEFGH");
    expect(normaliseJoinCode(" abcd efgh ")).toBe("ABCDEFGH");
  });
});

describe("failed checks of an attempt", () => {
  it("keeps the failed checks' explanations and stands the first admission error for a rejected answer", () => {
    const failed = failedChecksOf({
      checks: [
        { id: "endpoints", title: "Service has endpoints", passed: false, message: "selected no pods" },
        { id: "reachable", title: "Reachable", passed: true, message: "ok" },
      ],
      errors: [{ file: "a.yaml", line: 3, column: 1, object: "Deployment/web", path: "spec.replicas", message: "must be ≥ 0" }],
    });
    expect(failed.map((check) => check.id)).toEqual(["admission", "endpoints"]);
    expect(failed[0]?.message).toBe("must be ≥ 0");
  });

  it("reads the stored summary, falls back to the full result on older rows, and survives junk", () => {
    expect(storedFailedChecks('[{"id":"x","title":"X","message":"m"}]', null)).toEqual([{ id: "x", title: "X", message: "m" }]);
    expect(storedFailedChecks(null, JSON.stringify({ checks: [{ id: "y", title: "Y", passed: false, message: "n" }], errors: [] }))).toEqual([{ id: "y", title: "Y", message: "n" }]);
    expect(storedFailedChecks("not json", null)).toEqual([]);
    expect(storedFailedChecks(null, "{")).toEqual([]);
  });
});

describe("progressCsv", () => {
  const row: LearnerProgress = {
    userId: "u1", name: '=HYPERLINK("x"), "Ada"', email: "ada@example.com", lastActiveAt: "2026-12-06T10:00:00.000Z",
    reviews7d: 3, reviews30d: 12, retention30d: 0.8333333, cardsIntroduced: 2, cardsAssigned: 3, dueNow: 1,
    scenarios: [{ scenarioId: "expose-web", passed: false, status: "failing", attempts: 2, hintsUsed: 1 }],
  };

  it("writes one row per learner with the per-learner columns and per-scenario status", () => {
    const lines = progressCsv([row], ["expose-web", "fix-pending"]).trimEnd().split("\r\n");
    expect(lines[0]).toBe("userId,name,email,lastActiveAt,reviews7d,reviews30d,retention30d,cardsIntroduced,cardsAssigned,dueNow,expose-web passed,expose-web attempts,expose-web hintsUsed,fix-pending passed,fix-pending attempts,fix-pending hintsUsed");
    expect(lines[1]).toBe(`u1,"'=HYPERLINK(""x""), ""Ada""",ada@example.com,2026-12-06T10:00:00.000Z,3,12,0.8333,2,3,1,no,2,1,,0,0`);
  });
});
