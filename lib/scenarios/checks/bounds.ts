/** `min`, `max` and `equals` bounds shared by counting checks, with their wording. */
import { z } from "zod";

export const boundsShape = {
  min: z.number().int().nonnegative().optional(),
  max: z.number().int().nonnegative().optional(),
  equals: z.number().int().nonnegative().optional(),
};

export interface Bounds {
  min?: number | undefined;
  max?: number | undefined;
  equals?: number | undefined;
}

export function withinBounds(n: number, b: Bounds): boolean {
  if (b.equals !== undefined && n !== b.equals) return false;
  if (b.min !== undefined && n < b.min) return false;
  if (b.max !== undefined && n > b.max) return false;
  return true;
}

/** `exactly 3`, `at least 3`, `at most 1`, `between 2 and 4`. */
export function describeBounds(b: Bounds): string {
  if (b.equals !== undefined) return `exactly ${b.equals}`;
  if (b.min !== undefined && b.max !== undefined) return `between ${b.min} and ${b.max}`;
  if (b.min !== undefined) return `at least ${b.min}`;
  if (b.max !== undefined) return `at most ${b.max}`;
  return "any number of";
}

export const hasBound = (b: Bounds): boolean => b.equals !== undefined || b.min !== undefined || b.max !== undefined;
