import { describe, expect, it } from "vitest";
import { signedInAs } from "./helpers/accounts";
import { HttpSession } from "./helpers/http-session";

interface SearchBody {
  total: number;
  cards: { id: string; front: string; suspended: boolean; state: string }[];
}

describe("GET /api/cards (card browser search)", () => {
  it("answers 401 without a session and 422 naming a bad filter", async () => {
    expect((await new HttpSession().request("/api/cards")).status).toBe(401);
    const { session } = await signedInAs("learner");
    const bad = await session.request("/api/cards?state=sleeping&limit=9999");
    expect(bad.status).toBe(422);
    const body = (await bad.json()) as { issues: { path: string }[] };
    expect(body.issues.map((issue) => issue.path).sort()).toEqual(["limit", "state"]);
  });

  it("finds built-in cards by text and suspends and unsuspends them in bulk", async () => {
    const { session } = await signedInAs("learner");
    const found = (await (await session.request("/api/cards?q=etcd&limit=3")).json()) as SearchBody;
    expect(found.total).toBeGreaterThan(0);
    expect(found.cards.length).toBeLessThanOrEqual(3);
    const ids = found.cards.map((card) => card.id);
    const suspended = await session.json("/api/cards/bulk", "POST", { cardIds: ids, action: "suspend" });
    expect(await suspended.json()).toEqual({ done: ids.length, skipped: 0, notFound: 0 });
    const listed = (await (await session.request("/api/cards?state=suspended")).json()) as SearchBody;
    expect(listed.cards.map((card) => card.id).sort()).toEqual([...ids].sort());
    await session.json("/api/cards/bulk", "POST", { cardIds: ids, action: "unsuspend" });
    expect(((await (await session.request("/api/cards?state=suspended")).json()) as SearchBody).total).toBe(0);
  });

  it("counts cards it cannot see as not found and refuses set-due without a date", async () => {
    const { session } = await signedInAs("learner");
    const result = await session.json("/api/cards/bulk", "POST", { cardIds: ["no-such-card"], action: "bury" });
    expect(await result.json()).toEqual({ done: 0, skipped: 0, notFound: 1 });
    const noDate = await session.json("/api/cards/bulk", "POST", { cardIds: ["x"], action: "set-due" });
    expect(noDate.status).toBe(422);
    expect(((await noDate.json()) as { issues: { path: string }[] }).issues[0]?.path).toBe("due");
    const tooMany = await session.json("/api/cards/bulk", "POST", { cardIds: Array.from({ length: 1001 }, (_, i) => `c${i}`), action: "bury" });
    expect(tooMany.status).toBe(422);
  });
});
