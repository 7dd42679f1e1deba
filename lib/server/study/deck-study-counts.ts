import "server-only";
import type { StudyQueuePayload } from "@/lib/decks/study-payload";
import { getStudySettings } from "./get-settings";
import { loadStudyQueue } from "./load-study-queue";
import { schedulerFor } from "./srs-records";

export type StudyCounts = StudyQueuePayload["counts"];

/**
 * New, learning and due counts of each deck on its own, as studying that deck alone would show them
 * (the daily limits apply to each, as in Anki's deck list).
 */
export async function deckStudyCounts(userId: string, deckIds: readonly string[], now: Date): Promise<Map<string, StudyCounts>> {
  const settings = await getStudySettings(userId);
  const scheduler = schedulerFor(settings);
  const counts = new Map<string, StudyCounts>();
  for (const deckId of deckIds) counts.set(deckId, (await loadStudyQueue(userId, [deckId], now, { settings, scheduler })).counts);
  return counts;
}
