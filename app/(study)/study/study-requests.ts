/** The study page's requests besides answers (review-sender.ts): the queue, undo, card actions. */
import type { StudyQueuePayload } from "@/lib/decks/study-payload";

async function errorOf(response: Response, fallback: string): Promise<string> {
  return ((await response.json().catch(() => ({}))) as { error?: string }).error ?? fallback;
}

function deckQuery(decks: readonly string[]): string {
  const query = decks.map((id) => `deck=${encodeURIComponent(id)}`).join("&");
  return query ? `?${query}` : "";
}

export async function fetchQueue(decks: readonly string[]): Promise<StudyQueuePayload> {
  const response = await fetch(`/api/study${deckQuery(decks)}`);
  if (!response.ok) throw new Error(await errorOf(response, `Could not load your queue (${response.status}).`));
  return (await response.json()) as StudyQueuePayload;
}

/** Undoes exactly the answer `clientId` (refused when it is no longer the newest review). */
export async function undoReview(decks: readonly string[], clientId: string): Promise<StudyQueuePayload> {
  const response = await fetch("/api/reviews/undo", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ decks, clientId }) });
  const body = (await response.json().catch(() => ({}))) as { queue?: StudyQueuePayload; error?: string };
  if (!response.ok || !body.queue) throw new Error(body.error ?? `Could not undo (${response.status}).`);
  return body.queue;
}

export async function applyCardAction(cardId: string, action: "bury" | "unbury" | "suspend" | "unsuspend"): Promise<void> {
  const response = await fetch(`/api/cards/${encodeURIComponent(cardId)}/actions`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ action }) });
  if (!response.ok) throw new Error(await errorOf(response, `Could not ${action} this card (${response.status}).`));
}
