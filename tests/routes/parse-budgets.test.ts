/**
 * Issue 12: Markdown a user saves through the API is bounded before it is read. Text past the
 * reading-cost limit (lib/notes/reading-cost.ts) answers 422 "too complex", naming the line, without
 * being parsed; what the limits accept is read in well under a second (and within the time budget of
 * the budget pool, which stays as the safety net). Before: 190 KB of questions over bullets was parsed
 * inline for 14 s of CPU and saved; then, within the budget, refused after 2 s of a worker's time.
 */
import { describe, expect, it } from "vitest";
import { readingCost } from "@/lib/notes/reading-cost";
import { largestAccepted } from "../notes/accepted-input";
import { HOSTILE_INPUTS } from "../notes/hostile-inputs";
import { signedInAs } from "./helpers/accounts";

const makeHostile = HOSTILE_INPUTS["questions over bullets, blank lines"] ?? (() => "");
const deckHead = "---\ntitle: Budget\n---\n\n";
// Within 100 KB but about three times the reading-cost limit.
const overLimit = deckHead + makeHostile(50_000);
const overLine = readingCost(overLimit).lineOverLimit ?? 0;

async function timed(run: () => Promise<Response>): Promise<{ status: number; message: string; line: number | undefined; seconds: number }> {
  const started = Date.now();
  const response = await run();
  // /api/v1 answers errors as { error: { message, field, line } }.
  const body = (await response.json()) as { error?: { message?: string; line?: number } };
  return { status: response.status, message: body.error?.message ?? "", line: body.error?.line, seconds: (Date.now() - started) / 1000 };
}

describe("user Markdown bounded before it is read", () => {
  it("answers 422 too complex, with the line, for a deck past the limit on POST and PUT /api/v1/decks", async () => {
    expect(overLine).toBeGreaterThan(100);
    const { session } = await signedInAs("learner");
    const created = await timed(() => session.json("/api/v1/decks", "POST", { markdown: overLimit }));
    expect(created).toMatchObject({ status: 422, message: expect.stringMatching(/^markdown: too complex: by line [\d,]+ .* Split it into several decks/), line: overLine });
    expect(created.seconds).toBeLessThan(5);

    const deck = await session.json("/api/v1/decks", "POST", { markdown: `${deckHead}- **Pod** — the smallest unit\n` });
    expect(deck.status).toBe(201);
    const { id } = (await deck.json()) as { id: string };
    const updated = await timed(() => session.json(`/api/v1/decks/${id}`, "PUT", { markdown: overLimit }));
    expect(updated).toMatchObject({ status: 422, message: expect.stringMatching(/^markdown: too complex/), line: overLine });
  }, 60_000);

  it("saves the most of the costliest input the limits accept, quickly", async () => {
    const { session } = await signedInAs("learner");
    const markdown = largestAccepted((bytes) => deckHead + makeHostile(bytes));
    const created = await timed(() => session.json("/api/v1/decks", "POST", { markdown }));
    expect(created.status, created.message).toBe(201);
    expect(created.seconds).toBeLessThan(10);
  }, 60_000);

  it("answers 422 too complex for a scenario past the limit on POST /api/v1/scenarios", async () => {
    const { session } = await signedInAs("instructor");
    const markdown = `---\nid: budget-hostile\ntitle: Hostile\ndifficulty: easy\ntopics: [pods]\n---\n\n## Task\n\n${makeHostile(50_000)}`;
    const result = await timed(() => session.json("/api/v1/scenarios", "POST", { markdown }));
    expect(result).toMatchObject({ status: 422, message: expect.stringMatching(/^markdown: too complex: by line/), line: expect.any(Number) });
    expect(result.seconds).toBeLessThan(5);
  }, 60_000);
});
