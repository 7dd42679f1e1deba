/**
 * Says why the study queue is short or empty, from the limits the server sends: "0 new: the daily
 * limit of 20 is reached; 3 cards buried as siblings until tomorrow".
 */
import type { QueueLimits, StudyQueuePayload } from "./study-payload";

const cards = (count: number) => `${count} card${count === 1 ? "" : "s"}`;

export function explainQueue(counts: StudyQueuePayload["counts"], limits: QueueLimits): string {
  const parts: string[] = [];
  if (counts.new === 0) {
    if (limits.newCardsPerDay === 0) parts.push("0 new: your daily limit of new cards is 0 (Settings changes it)");
    else if (limits.newDoneToday >= limits.newCardsPerDay) parts.push(`0 new: the daily limit of ${limits.newCardsPerDay} is reached`);
    else if (limits.newOverLimit === 0 && limits.buriedSiblings === 0) parts.push("0 new: every card here has been introduced");
  }
  if (counts.review === 0 && limits.reviewOverLimit > 0) parts.push(`${limits.reviewOverLimit} reviews wait: the daily limit of ${limits.maxReviewsPerDay} reviews is reached`);
  if (limits.buriedSiblings > 0) parts.push(`${cards(limits.buriedSiblings)} buried as siblings until tomorrow (a card of the same note was studied today)`);
  if (limits.buriedByYou) parts.push(`${cards(limits.buriedByYou)} buried by you until tomorrow`);
  if (limits.suspended) parts.push(`${cards(limits.suspended)} suspended (unsuspend them from the card's page)`);
  return parts.join("; ");
}
