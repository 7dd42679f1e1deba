/**
 * The largest text made by `make` that the import limits accept: at most MAX_NOTES_BYTES and
 * MAX_READING_UNITS (found by bisection on the size). Used by the bound test and `npm run bench:notes`.
 */
import { MAX_READING_UNITS, readingCost } from "@/lib/notes/reading-cost";
import { MAX_NOTES_BYTES } from "@/lib/validations/import-limits";

const accepted = (text: string): boolean => new TextEncoder().encode(text).length <= MAX_NOTES_BYTES && readingCost(text).units <= MAX_READING_UNITS;

export function largestAccepted(make: (bytes: number) => string): string {
  if (accepted(make(MAX_NOTES_BYTES))) return make(MAX_NOTES_BYTES);
  let low = 0;
  let high = MAX_NOTES_BYTES;
  while (high - low > 64) {
    const middle = Math.floor((low + high) / 2);
    if (accepted(make(middle))) low = middle;
    else high = middle;
  }
  return make(low);
}
