"use client";

import type { Ref } from "react";
import type { Rating, RatingChoice } from "@/lib/decks/quiz-grading";

const TONES: Record<Rating, string> = {
  1: "bg-red-600 hover:bg-red-700",
  2: "bg-amber-600 hover:bg-amber-700",
  3: "bg-emerald-600 hover:bg-emerald-700",
  4: "bg-sky-600 hover:bg-sky-700",
};

interface RatingBarProps {
  choices: readonly RatingChoice[];
  previews: { rating: number; label: string }[];
  defaultRating: Rating;
  disabled: boolean;
  onRate: (rating: Rating) => void;
  /** The default rating's button, focused after the answer is shown so Space or Enter rates it. */
  defaultRef: Ref<HTMLButtonElement>;
}

/** The answer buttons this answer allows, each with the interval it would schedule and its key. */
export function RatingBar({ choices, previews, defaultRating, disabled, onRate, defaultRef }: RatingBarProps) {
  const columns = choices.length === 4 ? "sm:grid-cols-4" : choices.length === 3 ? "sm:grid-cols-3" : "";
  return (
    <div className={`grid grid-cols-2 gap-2 ${columns}`} role="group" aria-label="How well did you remember?">
      {choices.map(({ rating, label, override }) => {
        const interval = previews.find((preview) => preview.rating === rating)?.label ?? "";
        return (
          <button
            key={rating}
            ref={rating === defaultRating ? defaultRef : undefined}
            type="button"
            disabled={disabled}
            onClick={() => onRate(rating)}
            aria-label={`${label}${override ? ` (${override})` : ""}, next review in ${interval} (key ${rating})`}
            className={`flex min-h-14 flex-col items-center justify-center rounded px-3 py-2 font-medium text-white disabled:opacity-60 ${TONES[rating]} ${rating === defaultRating ? "ring-4 ring-offset-2 ring-slate-400 dark:ring-offset-slate-950" : ""}`}
          >
            <span>{label}</span>
            {override && <span className="text-xs font-normal">{override}</span>}
            <span className="text-xs font-normal opacity-90">
              {interval}
              <span className="key-hint"> · {rating}</span>
            </span>
          </button>
        );
      })}
    </div>
  );
}
