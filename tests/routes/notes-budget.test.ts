import { describe, expect, it } from "vitest";
import { signedInAs } from "./helpers/accounts";

/**
 * User input that would take the server down (issue #12, item 2): it must answer quickly — cards, or
 * 422 "too complex" — and never a 500 or a stalled process.
 */
const WORST_INPUTS: Record<string, string> = {
  "99,000 nested quotes": `${"> ".repeat(99_000)}x`,
  "16,000 Q/A pairs": Array.from({ length: 16_000 }, () => "Q: q\nA: a").join("\n"),
  "a front-matter alias bomb": `---\na: &a ["x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\nf: [*e,*e,*e,*e,*e,*e,*e,*e,*e]\n---\n# T\n\n- **Pod** — unit\n`,
};

describe("POST /api/notes/preview within its time budget", () => {
  for (const [name, text] of Object.entries(WORST_INPUTS)) {
    it(`answers ${name} within seconds with cards or 422 "too complex", never a 500`, async () => {
      const { session } = await signedInAs("learner");
      const started = performance.now();
      const response = await session.json("/api/notes/preview", "POST", { text, fileName: "bomb.md" });
      expect(performance.now() - started).toBeLessThan(8_000);
      expect([200, 422]).toContain(response.status);
      if (response.status === 422) expect(((await response.json()) as { error: string }).error).toMatch(/too complex|alias/i);
    }, 30_000);
  }

  it("keeps answering other requests while four heavy previews run", async () => {
    const { session } = await signedInAs("learner");
    const heavy = Array.from({ length: 4 }, () => session.json("/api/notes/preview", "POST", { text: `${"> ".repeat(20_000)}x`, fileName: "deep.md" }));
    await new Promise((resolve) => setTimeout(resolve, 200));
    const started = performance.now();
    expect((await session.request("/api/me")).status).toBe(200);
    expect(performance.now() - started).toBeLessThan(1_500);
    for (const response of await Promise.all(heavy)) expect([200, 422]).toContain(response.status);
  }, 60_000);
});
