import type { StudyQueuePayload } from "@/lib/decks/study-payload";

type StudyCounts = StudyQueuePayload["counts"];

/** A deck's new / learning / due counts, in the study page's colours. */
export function StudyCountsLine({ counts, className = "" }: { counts: StudyCounts; className?: string }) {
  return (
    <span className={`inline-flex flex-wrap gap-2 text-sm ${className}`} data-testid="study-counts">
      <span className="text-sky-700 dark:text-sky-400">{counts.new} new</span>
      <span className="text-red-700 dark:text-red-400">{counts.learning} learning</span>
      <span className="text-emerald-700 dark:text-emerald-400">{counts.review} due</span>
    </span>
  );
}
