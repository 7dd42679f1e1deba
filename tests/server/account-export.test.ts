import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migratedDatabase } from "./migrated-database";

/** GET /api/me/export's body, streamed: the review log a page at a time, only the account's own rows. */
const env = migratedDatabase("account-export");
const previousUrl = process.env.DATABASE_URL;
let mine = "";
let theirs = "";

beforeAll(async () => {
  process.env.DATABASE_URL = env.url; // before lib/server/db is first imported below
  const deck = await env.db.deck.create({ data: { slug: "builtin", title: "Built-in", origin: "builtin" } });
  const card = await env.db.card.create({ data: { deckId: deck.id, key: "k", kind: "basic", front: "F", back: "B" } });
  mine = (await env.db.user.create({ data: { email: "mine@example.com", name: "Mine", passwordHash: "$2b$11$secret", settings: { create: {} } } })).id;
  theirs = (await env.db.user.create({ data: { email: "theirs@example.com", name: "Theirs" } })).id;
  const same = new Date("2026-12-01T10:00:00Z"); // equal times: the page boundary must not drop or repeat one
  const review = (userId: string, clientId: string, reviewedAt: Date) => ({ userId, clientId, cardId: card.id, rating: 3, reviewedAt, stateBefore: "{}", stateAfter: '{"reps":1}' });
  await env.db.reviewLog.createMany({
    data: [
      review(mine, "m3", new Date("2026-12-02T00:00:00Z")),
      review(mine, "m1", same),
      review(mine, "m2", same),
      review(theirs, "t1", same),
      review(mine, "m0", new Date("2026-11-30T00:00:00Z")),
      review(mine, "m4", new Date("2026-12-03T00:00:00Z")),
    ],
  });
});

afterAll(async () => {
  process.env.DATABASE_URL = previousUrl;
  await env.dispose();
});

async function exported(userId: string, pageSize: number): Promise<{ account: Record<string, unknown>; reviews: { clientId: string; stateAfter: unknown }[] }> {
  const { accountExportStream } = await import("@/lib/server/account/account-export-stream");
  return JSON.parse(await new Response(await accountExportStream(userId, new Date(), pageSize)).text()) as never;
}

describe("the account export stream", () => {
  it.each([1, 2, 5, 1_000])("gives every own review once, oldest first, with %i per page", async (pageSize) => {
    const data = await exported(mine, pageSize);
    expect(data.reviews.map((review) => review.clientId).sort()).toEqual(["m0", "m1", "m2", "m3", "m4"]);
    expect(data.reviews[0]?.clientId).toBe("m0");
    expect(data.reviews.at(-1)?.clientId).toBe("m4");
    expect(data.reviews[0]?.stateAfter).toEqual({ reps: 1 });
    expect(JSON.stringify(data)).not.toContain("$2b$11$secret");
    expect(data.account).toMatchObject({ id: mine, email: "mine@example.com" });
  });

  it("is valid JSON with an empty review log, and holds nothing of another account", async () => {
    const none = await env.db.user.create({ data: { email: "none@example.com", name: "None" } });
    const data = await exported(none.id, 2);
    expect(data.reviews).toEqual([]);
    expect(JSON.stringify(await exported(theirs, 2))).not.toMatch(/mine@example\.com|"m\d"/);
  });
});
