import Link from "next/link";
import type { StudyQueuePayload } from "@/lib/decks/study-payload";
import type { SessionTally } from "./session-actions";

/** Shown when nothing is left to study now. */
export function SessionSummary({ tally, undone, queue }: { tally: SessionTally; undone: number; queue: StudyQueuePayload }) {
  const again = tally.byRating[1];
  const correct = tally.reviewed - again;
  return (
    <section aria-label="Session summary" className="space-y-3 rounded-lg border border-slate-200 p-5 dark:border-slate-800">
      <h2 className="text-xl font-semibold">{tally.reviewed > 0 ? "Session complete" : "Nothing to study right now"}</h2>
      {tally.reviewed > 0 && (
        <p>
          You answered {tally.reviewed} card{tally.reviewed === 1 ? "" : "s"} this session: {correct} remembered, {again} again
          {undone > 0 ? `, ${undone} undone` : ""}. ({tally.byRating[2]} hard, {tally.byRating[3]} good, {tally.byRating[4]} easy.)
        </p>
      )}
      {tally.quizRight + tally.quizWrong > 0 && (
        <p data-testid="quiz-score">
          Quiz questions: {tally.quizRight} right, {tally.quizWrong} wrong.
        </p>
      )}
      <p className="text-sm text-slate-600 dark:text-slate-400">
        {queue.nextLearningDue
          ? `A card in learning comes back at ${new Date(queue.nextLearningDue).toLocaleTimeString()}.`
          : `New cards and reviews return after ${new Date(queue.dayEndsAt).toLocaleString()}.`}{" "}
        Reviews done today: {queue.doneToday}.
      </p>
      <p className="flex gap-3 text-sm">
        <Link className="underline" href="/progress">See your progress</Link>
        <Link className="underline" href="/decks">Choose another deck</Link>
      </p>
    </section>
  );
}
