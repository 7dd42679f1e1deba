/**
 * Issue 12, item 9: every way a learner makes a deck (import, the API's POST, a copy) meets the same
 * per-account quota, and the API's Markdown refuses NUL and other control characters like an import.
 */
import { describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/server/prisma-client";
import { MAX_DECKS_PER_USER } from "@/lib/validations/import-limits";
import { signedInAs } from "./helpers/accounts";
import type { HttpSession } from "./helpers/http-session";

const markdown = (id: string, body = "- **Pod** — the smallest deployable unit") => `---\nid: ${id}\ntitle: Deck ${id}\n---\n# Pods\n\n${body}\n`;

/** Gives the account `count` decks of its own straight in the database (as if made one by one). */
async function giveDecks(email: string, count: number, origin: "authored" | "imported"): Promise<void> {
  const db = createPrismaClient();
  try {
    const user = await db.user.findUniqueOrThrow({ where: { email: email.toLowerCase() } });
    const stamp = `${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;
    await db.deck.createMany({ data: Array.from({ length: count }, (_, index) => ({ slug: `quota-${stamp}-${index}`, authorSlug: `quota-${stamp}-${index}`, title: `Quota ${index}`, origin, ownerId: user.id })) });
  } finally {
    await db.$disconnect();
  }
}

async function builtInDeckId(session: HttpSession): Promise<string> {
  const { decks } = (await (await session.request("/api/v1/decks")).json()) as { decks: { id: string; origin: string }[] };
  const builtIn = decks.find((deck) => deck.origin === "builtin");
  if (!builtIn) throw new Error("no built-in deck to copy");
  return builtIn.id;
}

describe("the per-account deck quota holds on every way to make a deck", () => {
  it(`refuses a ${MAX_DECKS_PER_USER + 1}st deck through POST /api/v1/decks and a copy, counting authored decks too (422 that names the quota)`, async () => {
    const { session, email } = await signedInAs("learner");
    await giveDecks(email, MAX_DECKS_PER_USER - 1, "authored");
    const last = await session.json("/api/v1/decks", "POST", { markdown: markdown(`last-${Date.now()}`) });
    expect(last.status).toBe(201);
    const over = await session.json("/api/v1/decks", "POST", { markdown: markdown(`over-${Date.now()}`) });
    expect(over.status).toBe(422);
    expect(((await over.json()) as { error: { message: string } }).error.message).toMatch(new RegExp(`the most one account may keep \\(${MAX_DECKS_PER_USER}\\)`));
    const copy = await session.json(`/api/v1/decks/${await builtInDeckId(session)}/copy`, "POST", {});
    expect(copy.status).toBe(422);
    const imported = await session.json("/api/decks", "POST", { title: "One more", sourceText: "- **Pod** — x", cards: [{ id: "a", kind: "basic", front: "Pod", back: "x", source: { file: "notes.md", line: 1 } }] });
    expect(imported.status).toBe(422);
    // A dry run creates nothing, so it is not refused for the quota.
    expect((await session.json("/api/v1/decks", "POST", { markdown: markdown(`dry-${Date.now()}`), dryRun: true })).status).toBe(200);
  });

  it("counts imported decks against the API's POST", async () => {
    const { session, email } = await signedInAs("learner");
    await giveDecks(email, MAX_DECKS_PER_USER, "imported");
    expect((await session.json("/api/v1/decks", "POST", { markdown: markdown(`after-imports-${Date.now()}`) })).status).toBe(422);
  });
});

describe("a deck saved through the API holds at most 1,000 cards, as an import does", () => {
  it("refuses 1,001 cards with a 422 naming the limit, and takes 1,000", async () => {
    const { session } = await signedInAs("learner");
    // Two reading units a card (a line and its marker), so 1,001 cards stay within the 3,000 units.
    const cards = (count: number) => Array.from({ length: count }, (_, index) => `- Term ${index}: the meaning of term ${index}`).join("\n");
    const over = await session.json("/api/v1/decks", "POST", { markdown: markdown(`big-${Date.now()}`, cards(1_001)) });
    expect(over.status).toBe(422);
    expect(((await over.json()) as { error: { message: string } }).error.message).toMatch(/1001 cards; a deck holds at most 1000/);
    expect((await session.json("/api/v1/decks", "POST", { markdown: markdown(`full-${Date.now()}`, cards(1_000)) })).status).toBe(201);
  });
});

describe("the API's deck Markdown refuses control characters (422 with the field and line)", () => {
  it.each([
    ["a NUL byte in the title", markdown("nul-title").replace("title: Deck", "title: De\u0000ck"), 3],
    ["a NUL byte in a card", markdown("nul-card", "- **Pod** — the small\u0000est unit"), 7],
    ["an escape character in a card", markdown("esc-card", "- **Pod** — the \u001b[31msmallest"), 7],
  ])("%s", async (_name, text, line) => {
    const { session } = await signedInAs("learner");
    const response = await session.json("/api/v1/decks", "POST", { markdown: text });
    expect(response.status).toBe(422);
    const { error } = (await response.json()) as { error: { message: string; field?: string } };
    expect(error.field).toBe("markdown");
    expect(error.message).toMatch(new RegExp(`Line ${line} contains a control character \\(U\\+00(00|1B)\\)`));
  });
});
