import { describe, expect, it } from "vitest";
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

  it("answers 415 for a body that is not JSON", async () => {
    const { session } = await signedInAs("learner");
    const response = await session.request("/api/settings", { method: "PUT", headers: { "content-type": "text/plain" }, body: "retention=0.9" });
    expect(response.status).toBe(415);
  });
});

describe("POST /api/settings/optimise", () => {
  it("says there are too few reviews and keeps the default parameters", async () => {
    const { session } = await signedInAs("learner");
    const response = await session.request("/api/settings/optimise", { method: "POST" });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { kept: boolean; enoughReviews: boolean; reason: string; minimumReviews: number; settings: { personalParameters: boolean } };
    expect(body).toMatchObject({ kept: false, enoughReviews: false, minimumReviews: 64, settings: { personalParameters: false } });
    expect(body.reason).toMatch(/Not enough reviews yet: 0 of the 64 needed/);
  });
});
