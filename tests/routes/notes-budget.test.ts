import { describe, expect, it } from "vitest";
import { largestAccepted } from "../notes/accepted-input";
import { HOSTILE_INPUTS } from "../notes/hostile-inputs";
import { signedInAs } from "./helpers/accounts";

/**
 * User input that would take the server down (issue #12, item 2): it must answer quickly — cards, or
 * a 422 that says what is too large or too complex — and never a 500 or a stalled process.
 */
const ISSUE_INPUTS: Record<string, [string, number, RegExp]> = {
  "99,000 nested quotes (199 KB)": [`${"> ".repeat(99_000)}x`, 422, /too large: 100 KB at most/],
  "49,000 nested quotes (98 KB)": [`${"> ".repeat(49_000)}x`, 422, /too complex: by line 1 /],
  "16,000 Q/A pairs (160 KB)": [Array.from({ length: 16_000 }, () => "Q: q\nA: a").join("\n"), 422, /too large/],
  "a front-matter alias bomb": [
    `---\na: &a ["x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\nf: [*e,*e,*e,*e,*e,*e,*e,*e,*e]\n---\n# T\n\n- **Pod** — unit\n`,
    200,
    /too many aliases/,
  ],
};
const costliest = largestAccepted(HOSTILE_INPUTS["questions over bullets, blank lines"] ?? (() => ""));

describe("POST /api/notes/preview, bounded", () => {
  for (const [name, [text, status, message]] of Object.entries(ISSUE_INPUTS)) {
    it(`answers ${name} within seconds with what is wrong, never a 500`, async () => {
      const { session } = await signedInAs("learner");
      const started = performance.now();
      const response = await session.json("/api/notes/preview", "POST", { text, fileName: "bomb.md" });
      expect(performance.now() - started).toBeLessThan(5_000);
      expect(response.status).toBe(status);
      expect(JSON.stringify(await response.json())).toMatch(message);
    }, 30_000);
  }

  it("reads the costliest notes the limits accept into cards within seconds", async () => {
    const { session } = await signedInAs("learner");
    const started = performance.now();
    const response = await session.json("/api/notes/preview", "POST", { text: costliest, fileName: "costly.md" });
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(response.status).toBe(200);
    expect(((await response.json()) as { cards: unknown[] }).cards.length).toBeGreaterThan(100);
  }, 30_000);

  it("keeps answering other requests while four of the costliest previews run", async () => {
    const { session } = await signedInAs("learner");
    const heavy = Array.from({ length: 4 }, () => session.json("/api/notes/preview", "POST", { text: costliest, fileName: "costly.md" }));
    await new Promise((resolve) => setTimeout(resolve, 200));
    const started = performance.now();
    expect((await session.request("/api/me")).status).toBe(200);
    expect(performance.now() - started).toBeLessThan(1_500);
    for (const response of await Promise.all(heavy)) expect(response.status).toBe(200);
  }, 60_000);
});
