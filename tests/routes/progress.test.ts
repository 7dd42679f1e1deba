import { describe, expect, it } from "vitest";
import { signedInAs } from "./helpers/accounts";
import { HttpSession } from "./helpers/http-session";

interface QueueBody {
  next: { card: { id: string } } | null;
}

async function answer(session: HttpSession, rating: number): Promise<string> {
  const queue = (await (await session.request("/api/study")).json()) as QueueBody;
  const cardId = queue.next?.card.id;
  if (!cardId) throw new Error("the queue is empty");
  const response = await session.json("/api/reviews", "POST", { clientId: crypto.randomUUID(), cardId, rating, durationMs: 1234 });
  expect(response.status).toBe(201);
  return cardId;
}

describe("GET /api/reviews/export", () => {
  it("answers 401 without a session", async () => {
    expect((await new HttpSession().request("/api/reviews/export")).status).toBe(401);
  });

  it("downloads the review log as CSV in the py-fsrs format, oldest first, without undone reviews", async () => {
    const { session } = await signedInAs("learner");
    const first = await answer(session, 3);
    const second = await answer(session, 1);
    await answer(session, 4);
    expect((await session.json("/api/reviews/undo", "POST", {})).status).toBe(200);
    const response = await session.request("/api/reviews/export");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/csv/);
    expect(response.headers.get("content-disposition")).toBe("attachment; filename=kubedeck-reviews.csv");
    const lines = (await response.text()).trimEnd().split("\n");
    expect(lines[0]).toBe("card_id,review_rating,review_time,review_duration");
    expect(lines).toHaveLength(3);
    const row = /^([^,]+),([1-4]),(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}\+00:00),(\d+)$/;
    expect(lines[1]).toMatch(row);
    expect(lines[1]?.split(",")).toEqual([first, "3", expect.any(String), "1234"]);
    expect(lines[2]?.split(",").slice(0, 2)).toEqual([second, "1"]);
    const times = lines.slice(1).map((line) => Date.parse(line.split(",")[2] ?? ""));
    expect(times[0]).toBeLessThanOrEqual(times[1] ?? 0);
  });

  it("gives only the header to a learner without reviews", async () => {
    const { session } = await signedInAs("learner");
    expect(await (await session.request("/api/reviews/export")).text()).toBe("card_id,review_rating,review_time,review_duration\n");
  });
});

describe("GET /api/progress", () => {
  it("answers 401 without a session", async () => {
    expect((await new HttpSession().request("/api/progress")).status).toBe(401);
  });

  it("counts today's reviews, leaves undone ones out and forecasts studied cards", async () => {
    const { session } = await signedInAs("learner");
    await answer(session, 3);
    await answer(session, 3);
    await answer(session, 3);
    await session.json("/api/reviews/undo", "POST", {});
    const body = (await (await session.request("/api/progress")).json()) as {
      totalReviews: number;
      reviewsPerDay: { day: string; count: number }[];
      streak: { current: number; studiedToday: boolean };
      forecast: { day: string; count: number }[];
      states: { learning: number; total: number };
      mastery: { topic: string; cards: number; mastery: number }[];
      scenarios: unknown[];
    };
    expect(body.totalReviews).toBe(2);
    expect(body.reviewsPerDay).toHaveLength(365);
    expect(body.reviewsPerDay.at(-1)?.count).toBe(2);
    expect(body.streak).toMatchObject({ current: 1, studiedToday: true });
    expect(body.states.learning).toBe(2);
    // Both studied cards are due again in 10 minutes (the first learning step): today, unless that
    // crosses the 4 a.m. day start, which makes it tomorrow's study day.
    expect((body.forecast[0]?.count ?? 0) + (body.forecast[1]?.count ?? 0)).toBe(2);
    expect(body.forecast.slice(2).every((day) => day.count === 0)).toBe(true);
    expect(body.mastery.length).toBeGreaterThan(0);
    expect(body.mastery.some((topic) => topic.mastery > 0)).toBe(true);
    // One kind of label on the axis: deck titles only, never a note heading beside them.
    const { decks } = (await (await session.request("/api/decks")).json()) as { decks: { title: string }[] };
    const titles = new Set(decks.map((deck) => deck.title));
    expect(body.mastery.filter((topic) => !titles.has(topic.topic))).toEqual([]);
    expect(body.mastery.length).toBe(decks.length);
    expect(body.scenarios).toEqual([]);
  });

  it("lists cards the learner keeps forgetting, with their lapses", async () => {
    const { session } = await signedInAs("learner");
    const cardId = await answer(session, 4);
    for (const rating of [1, 3, 1]) {
      const response = await session.json("/api/reviews", "POST", { clientId: crypto.randomUUID(), cardId, rating });
      expect(response.status).toBe(201);
    }
    const body = (await (await session.request("/api/progress")).json()) as { troubleCards: { cardId: string; lapses: number }[] };
    expect(body.troubleCards).toEqual([expect.objectContaining({ cardId, lapses: 2 })]);
  });

  it("redirects the progress page to sign-in without a session", async () => {
    const response = await new HttpSession().request("/progress");
    expect([302, 303, 307]).toContain(response.status);
    expect(response.headers.get("location")).toMatch(/\/signin\?callbackUrl=%2Fprogress/);
  });
});
