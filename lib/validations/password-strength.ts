/**
 * Refuses passwords an attacker would try first: the most common ones and easy patterns, by
 * zxcvbn-ts's estimator with its common-password dictionaries. Server side only (the dictionaries
 * are large); the shared schema in ./user.ts refuses blank and whitespace-only passwords everywhere.
 */
import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import { adjacencyGraphs, dictionary } from "@zxcvbn-ts/language-common";

/** zxcvbn's score 0–4; 0 and 1 are guessed within about a million tries. */
const LOWEST_ACCEPTED_SCORE = 2;

let estimator: ZxcvbnFactory | undefined;

const COMMON = new Set(["topTen", "topHundred", "common", "similarToCommon", "commonNames", "namesByThemselves", "userInputs"]);
const PATTERN = new Set(["straightRow", "keyPattern", "simpleRepeat", "extendedRepeat", "sequences", "recentYears", "dates"]);

/** Why the password is refused (a sentence for the person choosing it), or null when it is accepted. */
export function weakPasswordReason(password: string, userInputs: readonly string[] = []): string | null {
  estimator ??= new ZxcvbnFactory({ dictionary, graphs: adjacencyGraphs });
  const result = estimator.check(password, [...userInputs]);
  if (result.score >= LOWEST_ACCEPTED_SCORE) return null;
  const warning = result.feedback.warning ?? "";
  if (COMMON.has(warning)) return "This password is one of the most common passwords (or close to one), so it would be guessed first. Choose a longer phrase of unrelated words.";
  if (PATTERN.has(warning)) return "This password is an easy pattern (a sequence, a keyboard row, a repeat or a date), so it would be guessed quickly. Choose a longer phrase of unrelated words.";
  return "This password is too easy to guess. Choose a longer phrase of unrelated words.";
}
