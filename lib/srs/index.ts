/**
 * Public API of the scheduling domain, safe for client components (no native code):
 * the FSRS-6 scheduler, the daily queue, learner actions and progress statistics.
 * Parameter fitting lives in ./fit (server only: it loads a native module).
 */
export * from "./types";
export {
  createScheduler,
  newCard,
  newCardSchedule,
  DEFAULT_PARAMETERS,
  DEFAULT_LEARNING_STEPS,
  DEFAULT_RELEARNING_STEPS,
  DEFAULT_LEECH_THRESHOLD,
  PARAMETER_COUNT,
  type Scheduler,
} from "./scheduler";
export { intervalLabel } from "./interval-label";
export { forgettingCurve, type ForgettingCurve } from "./forgetting-curve";
export * from "./serialize";
export * from "./study-day";
export * from "./queue";
export * from "./queue-columns";
export * from "./card-actions";
export * from "./stats-activity";
export * from "./stats-cards";
export * from "./review-log-csv";
export { buildTrainingItems, type HistoryReview, type TrainingItem } from "./training-items";
