import { randomBytes } from "node:crypto";

let counter = 0;

/**
 * A new primary key in the shape of Prisma's `cuid()` ("c", time, counter, random; 25 characters),
 * for rows written outside Prisma. Ids made later in the same process sort after earlier ones, so
 * "the newest review" stays well ordered when two share a millisecond.
 */
export function newRecordId(now: number = Date.now()): string {
  counter = (counter + 1) % 36 ** 4;
  const random = randomBytes(8).readBigUInt64BE().toString(36).padStart(12, "0").slice(-12);
  return `c${now.toString(36).padStart(8, "0")}${counter.toString(36).padStart(4, "0")}${random}`;
}
