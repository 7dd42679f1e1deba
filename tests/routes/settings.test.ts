import { describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/server/prisma-client";
import { signedInAs } from "./helpers/accounts";
import { HttpSession } from "./helpers/http-session";

interface Issue {
  path: string;
  message: string;
}

const valid = { desiredRetention: 0.85, newCardsPerDay: 15, maxReviewsPerDay: 150, timeZone: "Europe/Berlin", leechThreshold: 6, leechAction: "tag" };

describe("GET/PUT /api/settings", () => {
  it("answers 401 without a session", async () => {
    const session = new HttpSession();
    expect((await session.request("/api/settings")).status).toBe(401);
    expect((await session.json("/api/settings", "PUT", valid)).status).toBe(401);
    expect((await session.request("/api/settings/optimise", { method: "POST" })).status).toBe(401);
  });

  it("gives the defaults to a new learner", async () => {
    const { session } = await signedInAs("learner");
    const body = (await (await session.request("/api/settings")).json()) as { settings: Record<string, unknown> };
    expect(body.settings).toMatchObject({ desiredRetention: 0.9, newCardsPerDay: 20, maxReviewsPerDay: 200, timeZone: "UTC", leechThreshold: 8, leechAction: "suspend", personalParameters: false });
  });

  it("saves valid settings and reads them back", async () => {
    const { session } = await signedInAs("learner");
    const put = await session.json("/api/settings", "PUT", valid);
    expect(put.status).toBe(200);
    const body = (await (await session.request("/api/settings")).json()) as { settings: Record<string, unknown> };
    expect(body.settings).toMatchObject(valid);
  });

  it.each([
    ["desiredRetention", { desiredRetention: 0.5 }, /at least 0\.70/],
    ["desiredRetention", { desiredRetention: 0.99 }, /at most 0\.97/],
    ["timeZone", { timeZone: "Mars/Olympus_Mons" }, /Unknown time zone "Mars\/Olympus_Mons".*IANA/],
    ["newCardsPerDay", { newCardsPerDay: -1 }, /cannot be negative/],
    ["maxReviewsPerDay", { maxReviewsPerDay: -5 }, /cannot be negative/],
    ["newCardsPerDay", { newCardsPerDay: 2.5 }, /whole number/],
    ["leechThreshold", { leechThreshold: 0 }, /below 1/],
    ["leechAction", { leechAction: "delete" }, /"suspend".*"tag"/],
  ])("answers 422 naming %s for %j", async (path, change, message) => {
    const { session } = await signedInAs("learner");
    const response = await session.json("/api/settings", "PUT", { ...valid, ...change });
    expect(response.status).toBe(422);
    const body = (await response.json()) as { error: string; issues: Issue[] };
    expect(body.issues).toContainEqual({ path, message: expect.stringMatching(message) });
    const unchanged = (await (await session.request("/api/settings")).json()) as { settings: Record<string, unknown> };
    expect(unchanged.settings.desiredRetention).toBe(0.9);
  });

  it("answers 403 for a body that is not JSON", async () => {
    const { session } = await signedInAs("learner");
    const response = await session.request("/api/settings", { method: "PUT", headers: { "content-type": "text/plain" }, body: "retention=0.9" });
    expect(response.status).toBe(403);
  });
});

describe("POST /api/settings/optimise", () => {
  it("says there are too few reviews and keeps the default parameters", async () => {
    const { session } = await signedInAs("learner");
    const response = await session.request("/api/settings/optimise", { method: "POST" });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { kept: boolean; enoughReviews: boolean; reason: string; minimumReviews: number; settings: { personalParameters: boolean } };
    expect(body).toMatchObject({ kept: false, enoughReviews: false, minimumReviews: 64, settings: { personalParameters: false } });
    expect(body.reason).toMatch(/^It needs 64 more reviews before it can fit your schedule: 0 of the 64 needed/);
  });
});

interface OptimiseBody {
  kept: boolean;
  enoughReviews: boolean;
  reason: string;
  scoredReviews: number;
  before: { logLoss: number; rmseBins: number } | null;
  after: { logLoss: number; rmseBins: number } | null;
  settings: { personalParameters: boolean; parametersFitAt: string | null };
}

/** 40 cards reviewed 5 times each at growing intervals over two months: 160 scored reviews. */
async function seedHistory(userId: string): Promise<void> {
  const db = createPrismaClient();
  try {
    const cards = await db.card.findMany({ where: { retiredAt: null }, take: 40, select: { id: true } });
    const start = Date.now() - 70 * 86_400_000;
    const data = cards.flatMap((card, c) =>
      [0, 1, 4, 11, 30].map((day, r) => ({
        clientId: `seed-${userId}-${c}-${r}`,
        userId,
        cardId: card.id,
        rating: (c + r) % 7 === 0 ? 1 : 3,
        reviewedAt: new Date(start + day * 86_400_000 + c * 60_000),
        stateBefore: "{}",
        stateAfter: "{}",
      })),
    );
    await db.reviewLog.createMany({ data });
  } finally {
    await db.$disconnect();
  }
}

describe("POST /api/settings/optimise with a history", () => {
  it("fits on the learner's log, reports before/after scores, and keeps only a better fit", async () => {
    const { session } = await signedInAs("learner");
    const me = (await (await session.request("/api/me")).json()) as { user: { id: string } };
    await seedHistory(me.user.id);
    const body = (await (await session.request("/api/settings/optimise", { method: "POST" })).json()) as OptimiseBody;
    expect(body.enoughReviews).toBe(true);
    // 160 training items; the time-series split never scores its first segment.
    expect(body.scoredReviews).toBeGreaterThan(100);
    expect(body.scoredReviews).toBeLessThan(160);
    expect(body.before?.logLoss).toBeGreaterThan(0);
    expect(body.after?.rmseBins).toBeGreaterThan(0);
    expect(body.kept).toBe((body.after?.logLoss ?? 1) < (body.before?.logLoss ?? 0));
    expect(body.settings.personalParameters).toBe(body.kept);
    if (body.kept) {
      const again = (await (await session.request("/api/settings/optimise", { method: "POST" })).json()) as OptimiseBody;
      expect(again).toMatchObject({ kept: false, enoughReviews: false, settings: { personalParameters: true } });
      expect(again.reason).toMatch(/^It needs \d+ more reviews? since your schedule was last optimised/);
    }
  });
});
