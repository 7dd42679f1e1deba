/**
 * FSRS-6's forgetting curve as a function of stability and elapsed days, for one parameter set. Decay
 * and factor are worked out once per parameter set, not once per card: class analytics evaluate it
 * for tens of thousands of card states per request. Values equal ts-fsrs's `forgetting_curve` exactly.
 */
import { computeDecayFactor, roundTo } from "ts-fsrs";
import { DEFAULT_PARAMETERS } from "./scheduler";

/** Probability of recall `elapsedDays` after the last review of a card with `stability`. */
export type ForgettingCurve = (stability: number, elapsedDays: number) => number;

export function forgettingCurve(parameters: readonly number[] = DEFAULT_PARAMETERS): ForgettingCurve {
  const { decay, factor } = computeDecayFactor([...parameters]);
  return (stability, elapsedDays) => roundTo(Math.pow(1 + (factor * elapsedDays) / stability, decay), 8);
}
