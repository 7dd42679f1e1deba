"use client";

const RATINGS = [
  { rating: 1, label: "Again", tone: "bg-red-600 hover:bg-red-700" },
  { rating: 2, label: "Hard", tone: "bg-amber-600 hover:bg-amber-700" },
  { rating: 3, label: "Good", tone: "bg-emerald-600 hover:bg-emerald-700" },
  { rating: 4, label: "Easy", tone: "bg-sky-600 hover:bg-sky-700" },
] as const;

interface RatingBarProps {
  previews: { rating: number; label: string }[];
  suggested: number | null;
  disabled: boolean;
  onRate: (rating: 1 | 2 | 3 | 4) => void;
}

/** The four answer buttons, each with the interval it would schedule and its key. */
export function RatingBar({ previews, suggested, disabled, onRate }: RatingBarProps) {
  return (
    <div className="grid grid-cols-2 gap-2 sm:grid-cols-4" role="group" aria-label="How well did you remember?">
      {RATINGS.map(({ rating, label, tone }) => {
        const interval = previews.find((preview) => preview.rating === rating)?.label ?? "";
        return (
          <button
            key={rating}
            type="button"
            disabled={disabled}
            onClick={() => onRate(rating)}
            aria-label={`${label}, next review in ${interval} (key ${rating})`}
            className={`flex min-h-14 flex-col items-center justify-center rounded px-3 py-2 font-medium text-white disabled:opacity-60 ${tone} ${suggested === rating ? "ring-4 ring-offset-2 ring-slate-400 dark:ring-offset-slate-950" : ""}`}
          >
            <span>{label}</span>
            <span className="text-xs font-normal opacity-90">{interval} · {rating}</span>
          </button>
        );
      })}
    </div>
  );
}
