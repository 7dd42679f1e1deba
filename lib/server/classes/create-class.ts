import "server-only";
import { randomBytes } from "node:crypto";
import { joinCodeFrom, JOIN_CODE_LENGTH } from "@/lib/classes/join-code";
import { db } from "../db";
import { isUniqueViolation } from "../is-unique-violation";

const CODE_TRIES = 5;

/** A fresh join code no class uses (a clash, about one in 10^11, is retried). */
async function withFreshCode<T>(write: (joinCode: string) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await write(joinCodeFrom(randomBytes(JOIN_CODE_LENGTH)));
    } catch (error) {
      if (!isUniqueViolation(error) || attempt >= CODE_TRIES) throw error;
    }
  }
}

/** Creates a class taught by `ownerId` (recorded as its owner among the instructors). */
export async function createClass(ownerId: string, name: string) {
  return withFreshCode((joinCode) =>
    db.class.create({
      data: { name, joinCode, ownerId, instructors: { create: { userId: ownerId, role: "owner" } } },
      select: { id: true, name: true, joinCode: true },
    }),
  );
}

/** Gives a class a new join code; the old code and link stop working at once. */
export async function rotateJoinCode(classId: string): Promise<string> {
  return withFreshCode(async (joinCode) => (await db.class.update({ where: { id: classId }, data: { joinCode }, select: { joinCode: true } })).joinCode);
}
