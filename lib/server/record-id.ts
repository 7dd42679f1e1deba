import { randomUUID } from "node:crypto";

let counter = 0;

/**
 * A new primary key in the shape of Prisma's `cuid()` ("c", time, counter, random; 25 characters),
 * for rows written outside Prisma. Ids made later in the same process sort after earlier ones, so
 * "the newest review" stays well ordered when two share a millisecond. The random part comes from
 * randomUUID, which draws on a pooled buffer (a randomBytes call per id cost more than the insert).
 */
export function newRecordId(now: number = Date.now()): string {
  counter = (counter + 1) % 36 ** 4;
  const random = randomUUID().replaceAll("-", "").slice(0, 12);
  return `c${now.toString(36).padStart(8, "0")}${counter.toString(36).padStart(4, "0")}${random}`;
}
