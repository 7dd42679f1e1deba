/**
 * What the learner did in this study session, newest last: the undo stack. Z undoes only these, newest
 * first; a new page (a new session) starts with nothing to undo, so an answer from an earlier session
 * or another deck is never pulled in.
 */
import type { StudyCardPayload } from "@/lib/decks/study-payload";
import { cardTitle, RATING_LABELS, type Rating } from "@/lib/decks/quiz-grading";

export type SessionAction =
  | { readonly kind: "review"; readonly clientId: string; readonly rating: Rating; readonly correct: boolean | null; readonly shown: StudyCardPayload }
  | { readonly kind: "bury" | "suspend"; readonly shown: StudyCardPayload };

const quoted = (action: SessionAction) => `'${cardTitle(action.shown.card.front)}'`;

/** The toast after an action, e.g. "Buried 'Pod' until tomorrow." */
export function doneMessage(action: SessionAction): string {
  if (action.kind === "review") return `${RATING_LABELS[action.rating]} on ${quoted(action)}.`;
  if (action.kind === "bury") return `Buried ${quoted(action)} until tomorrow.`;
  return `Suspended ${quoted(action)}: it stays out of your studies until you unsuspend it.`;
}

/** The toast after undoing it, e.g. "Undid Good on 'Pod'." */
export function undoneMessage(action: SessionAction): string {
  if (action.kind === "review") return `Undid ${RATING_LABELS[action.rating]} on ${quoted(action)}.`;
  return `Undid ${action.kind === "bury" ? "bury" : "suspend"} of ${quoted(action)}.`;
}

export interface SessionTally {
  reviewed: number;
  byRating: Record<Rating, number>;
  quizRight: number;
  quizWrong: number;
}

/** Counts the answers still standing (undone ones are gone from the stack). */
export function tallyOf(actions: readonly SessionAction[]): SessionTally {
  const tally: SessionTally = { reviewed: 0, byRating: { 1: 0, 2: 0, 3: 0, 4: 0 }, quizRight: 0, quizWrong: 0 };
  for (const action of actions) {
    if (action.kind !== "review") continue;
    tally.reviewed += 1;
    tally.byRating[action.rating] += 1;
    if (action.correct === true) tally.quizRight += 1;
    if (action.correct === false) tally.quizWrong += 1;
  }
  return tally;
}
