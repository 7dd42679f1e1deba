/**
 * Sends answers to the server so none is lost or doubled: each answer carries its own clientId; it is
 * kept in localStorage until the server confirms it, retried with back-off after a failure, and
 * re-sent on the next visit if the tab closed first (the server ignores a clientId it already has).
 */
import type { StudyQueuePayload } from "@/lib/decks/study-payload";

export interface PendingReview {
  clientId: string;
  cardId: string;
  rating: 1 | 2 | 3 | 4;
  durationMs: number;
  decks: string[];
}

const STORAGE_KEY = "kubedeck:pending-reviews";

export function loadPending(): PendingReview[] {
  try {
    const value: unknown = JSON.parse(window.localStorage.getItem(STORAGE_KEY) ?? "[]");
    return Array.isArray(value) ? (value as PendingReview[]) : [];
  } catch {
    return [];
  }
}

function savePending(reviews: readonly PendingReview[]): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, JSON.stringify(reviews));
  } catch {
    // storage full or disabled: the in-memory retry still runs
  }
}

export function rememberPending(review: PendingReview): void {
  savePending([...loadPending().filter((item) => item.clientId !== review.clientId), review]);
}

export function forgetPending(clientId: string): void {
  savePending(loadPending().filter((item) => item.clientId !== clientId));
}

export class ReviewRejected extends Error {}

/** One attempt. Resolves with the next queue; throws ReviewRejected for answers the server refuses (4xx). */
export async function sendReview(review: PendingReview): Promise<StudyQueuePayload> {
  const response = await fetch("/api/reviews", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(review),
  });
  const body = (await response.json().catch(() => ({}))) as { queue?: StudyQueuePayload; error?: string };
  if (response.ok && body.queue) return body.queue;
  if (response.status >= 400 && response.status < 500 && response.status !== 409 && response.status !== 429) {
    throw new ReviewRejected(body.error ?? `The server refused this answer (${response.status}).`);
  }
  throw new Error(body.error ?? `The server answered ${response.status}.`);
}
