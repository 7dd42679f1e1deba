/**
 * The largest text made by `make` that the limits accept: at most `maxBytes` (the notes' 100 KB
 * unless told) and MAX_READING_UNITS (found by bisection on the size). Used by the bound test and `npm run bench:notes`.
 */
import { MAX_READING_UNITS, readingCost } from "@/lib/notes/reading-cost";
import { MAX_NOTES_BYTES } from "@/lib/validations/import-limits";

export function largestAccepted(make: (bytes: number) => string, maxBytes: number = MAX_NOTES_BYTES): string {
  const accepted = (text: string): boolean => new TextEncoder().encode(text).length <= maxBytes && readingCost(text).units <= MAX_READING_UNITS;
  if (accepted(make(maxBytes))) return make(maxBytes);
  let low = 0;
  let high = maxBytes;
  while (high - low > 64) {
    const middle = Math.floor((low + high) / 2);
    if (accepted(make(middle))) low = middle;
    else high = middle;
  }
  return make(low);
}
