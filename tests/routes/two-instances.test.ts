import { describe, expect, it } from "vitest";
import { signedInAs, TEST_PASSWORD } from "./helpers/accounts";
import { AddressClient, freshLoopbackAddress } from "./helpers/from-address";
import { APP_URL, type HttpSession } from "./helpers/http-session";

/**
 * Two app instances (APP_URL and APP_URL_B, each with its own worker processes and in-memory caches)
 * on one PostgreSQL database, as several pods behind a load balancer: what one instance writes, the
 * other serves at once. scripts/test-postgres.mjs starts both and sets APP_URL_B; without it this is skipped.
 */
const APP_URL_B = process.env.APP_URL_B;

interface QueueBody {
  next: { card: { id: string } } | null;
  counts: { new: number; learning: number; review: number };
  doneToday: number;
}

async function queueAt(session: HttpSession): Promise<QueueBody> {
  const response = await session.request("/api/study");
  expect(response.status).toBe(200);
  return (await response.json()) as QueueBody;
}

async function answer(session: HttpSession, cardId: string, clientId: string = crypto.randomUUID()): Promise<{ status: number; queue: QueueBody }> {
  const response = await session.json("/api/reviews", "POST", { clientId, cardId, rating: 3, durationMs: 2000 });
  const body = (await response.json()) as { queue: QueueBody };
  return { status: response.status, queue: body.queue };
}

describe.skipIf(!APP_URL_B)("two instances, one database", () => {
  const b = APP_URL_B as string;

  it("an answer on A is in B's next card and counts at once (B's kept copies are checked against the database), and back", async () => {
    const { session: onA } = await signedInAs("learner");
    const onB = onA.copy(b);
    const first = await queueAt(onA);
    // B reads (and keeps) the same queue before the answer.
    expect(await queueAt(onB)).toEqual(first);
    const firstCard = first.next?.card.id as string;
    const afterA = await answer(onA, firstCard);
    expect(afterA.status).toBe(201);
    const seenByB = await queueAt(onB);
    expect(seenByB.doneToday).toBe(1);
    expect(seenByB).toEqual(afterA.queue);
    expect(seenByB.next?.card.id).not.toBe(firstCard);
    // The other way round: answered on B, A's kept copy is stale and must not be used.
    const afterB = await answer(onB, seenByB.next?.card.id as string);
    expect(afterB.status).toBe(201);
    const seenByA = await queueAt(onA);
    expect(seenByA.doneToday).toBe(2);
    expect(seenByA).toEqual(afterB.queue);
  });

  it("records a clientId once when the same answer reaches both instances at once", async () => {
    const { session: onA } = await signedInAs("learner");
    const onB = onA.copy(b);
    const cardId = (await queueAt(onA)).next?.card.id as string;
    const clientId = crypto.randomUUID();
    const statuses = (await Promise.all([answer(onA, cardId, clientId), answer(onB, cardId, clientId), answer(onA, cardId, clientId), answer(onB, cardId, clientId)])).map((r) => r.status);
    expect(statuses.filter((status) => status === 201)).toHaveLength(1);
    expect(statuses.filter((status) => status === 200)).toHaveLength(3);
    expect((await queueAt(onB)).doneToday).toBe(1);
    expect((await queueAt(onA)).doneToday).toBe(1);
  });

  it("keeps both answers when A and B answer the same card at once", async () => {
    const { session: onA } = await signedInAs("learner");
    const onB = onA.copy(b);
    const cardId = (await queueAt(onA)).next?.card.id as string;
    const [fromA, fromB] = await Promise.all([answer(onA, cardId), answer(onB, cardId)]);
    expect([fromA.status, fromB.status]).toEqual([201, 201]);
    expect((await queueAt(onA)).doneToday).toBe(2);
    expect((await queueAt(onB)).doneToday).toBe(2);
  });

  it("an undo on A is in B's next card (the undone card again, the answer no longer counted), and back", async () => {
    const { session: onA } = await signedInAs("learner");
    const onB = onA.copy(b);
    const first = (await queueAt(onA)).next?.card.id as string;
    expect((await answer(onA, first)).status).toBe(201);
    expect((await queueAt(onB)).doneToday).toBe(1); // B keeps the queue after the answer
    const undoOnA = await onA.json("/api/reviews/undo", "POST", {});
    expect(undoOnA.status).toBe(200);
    const undone = (await undoOnA.json()) as { undone: { cardId: string }; queue: QueueBody };
    expect(undone.undone.cardId).toBe(first);
    const seenByB = await queueAt(onB);
    expect(seenByB.doneToday).toBe(0);
    expect(seenByB.next?.card.id).toBe(first);
    expect(seenByB.counts).toEqual(undone.queue.counts);
    // Answered again on B and undone there: A's kept copy follows too.
    const again = await answer(onB, first);
    expect(again.status).toBe(201);
    expect((await queueAt(onA)).doneToday).toBe(1);
    expect((await onB.json("/api/reviews/undo", "POST", {})).status).toBe(200);
    const seenByA = await queueAt(onA);
    expect(seenByA.doneToday).toBe(0);
    expect(seenByA.next?.card.id).toBe(first);
  });

  it("two undos at once on A and B undo the two newest answers, one each", async () => {
    const { session: onA } = await signedInAs("learner");
    const onB = onA.copy(b);
    const first = (await queueAt(onA)).next?.card.id as string;
    const second = (await answer(onA, first)).queue.next?.card.id as string;
    expect((await answer(onB, second)).status).toBe(201);
    const responses = await Promise.all([onA.json("/api/reviews/undo", "POST", {}), onB.json("/api/reviews/undo", "POST", {})]);
    expect(responses.map((response) => response.status)).toEqual([200, 200]);
    const undone = await Promise.all(responses.map(async (response) => ((await response.json()) as { undone: { reviewId: string; cardId: string } }).undone));
    expect(new Set(undone.map((one) => one.reviewId)).size).toBe(2);
    expect(undone.map((one) => one.cardId).sort()).toEqual([first, second].sort());
    expect((await queueAt(onA)).doneToday).toBe(0);
    expect((await queueAt(onB)).doneToday).toBe(0);
    expect((await onB.json("/api/reviews/undo", "POST", {})).status).toBe(404);
  });

  it("signing out on A ends the session on B", async () => {
    const { session: onA } = await signedInAs("learner");
    const onB = onA.copy(b);
    expect((await onB.request("/api/study")).status).toBe(200);
    await onA.signOut();
    expect((await onB.request("/api/study")).status).toBe(401);
  });

  it("counts failed sign-ins on both instances against one limit: 5 on A and 5 on B, then 429 on either", async () => {
    const { email } = await signedInAs("learner");
    const address = freshLoopbackAddress();
    const [attackerA, attackerB] = [new AddressClient(address, APP_URL), new AddressClient(address, b)];
    for (let attempt = 1; attempt <= 10; attempt += 1) {
      const failed = await (attempt % 2 === 0 ? attackerA : attackerB).signIn(email, `wrong-guess-${attempt}`);
      expect(failed.status, `attempt ${attempt}`).not.toBe(429);
    }
    expect((await attackerA.signIn(email, TEST_PASSWORD)).status).toBe(429);
    expect((await attackerB.signIn(email, TEST_PASSWORD)).status).toBe(429);
  }, 60_000);
});
