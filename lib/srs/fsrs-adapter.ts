/**
 * Converts between Kubedeck's camelCase schedule and ts-fsrs's snake_case `Card`.
 * With ./scheduler this is the only module that imports ts-fsrs (which patches Date.prototype).
 */
import { Rating as FsrsRating, State, type Card, type Grade } from "ts-fsrs";
import type { CardSchedule, CardStateName, Rating } from "./types";

const STATE_TO_FSRS: Readonly<Record<CardStateName, State>> = {
  new: State.New,
  learning: State.Learning,
  review: State.Review,
  relearning: State.Relearning,
};

export function stateFromFsrs(state: State): CardStateName {
  switch (state) {
    case State.New:
      return "new";
    case State.Learning:
      return "learning";
    case State.Review:
      return "review";
    case State.Relearning:
      return "relearning";
  }
}

export function gradeOf(rating: Rating): Grade {
  switch (rating) {
    case 1:
      return FsrsRating.Again;
    case 2:
      return FsrsRating.Hard;
    case 3:
      return FsrsRating.Good;
    case 4:
      return FsrsRating.Easy;
  }
}

/** A fresh copy so ts-fsrs can never mutate the caller's Dates. */
export function toFsrsCard(schedule: CardSchedule): Card {
  const card: Card = {
    due: new Date(schedule.due.getTime()),
    stability: schedule.stability,
    difficulty: schedule.difficulty,
    elapsed_days: schedule.elapsedDays,
    scheduled_days: schedule.scheduledDays,
    learning_steps: schedule.learningSteps,
    reps: schedule.reps,
    lapses: schedule.lapses,
    state: STATE_TO_FSRS[schedule.state],
  };
  if (schedule.lastReview) card.last_review = new Date(schedule.lastReview.getTime());
  return card;
}

export function fromFsrsCard(card: Card): CardSchedule {
  return {
    state: stateFromFsrs(card.state),
    due: new Date(card.due.getTime()),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsedDays: card.elapsed_days,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    lastReview: card.last_review ? new Date(card.last_review.getTime()) : null,
  };
}

export function copySchedule(schedule: CardSchedule): CardSchedule {
  return {
    ...schedule,
    due: new Date(schedule.due.getTime()),
    lastReview: schedule.lastReview ? new Date(schedule.lastReview.getTime()) : null,
  };
}
