import "server-only";
import { hasRole } from "@/lib/validations/user";
import type { Prisma, PrismaClient } from "@/prisma/generated/client";
import { ApiError } from "../api-error";

/** The app's client or a transaction's. */
type Db = PrismaClient | Prisma.TransactionClient;

export interface SharedClass {
  readonly id: string;
  readonly name: string;
}

/** Prisma's filter for the classes a user belongs to as a learner or teaches: who sees what is shared with a class. */
export function classesOfUserWhere(userId: string) {
  return { OR: [{ members: { some: { userId } } }, { instructors: { some: { userId } } }] };
}

/** The ids of the classes a user belongs to or teaches. */
export async function classIdsOfUser(db: Db, userId: string): Promise<Set<string>> {
  const [members, instructors] = await Promise.all([
    db.classMember.findMany({ where: { userId }, select: { classId: true } }),
    db.classInstructor.findMany({ where: { userId }, select: { classId: true } }),
  ]);
  return new Set([...members, ...instructors].map((row) => row.classId));
}

/**
 * The classes something may be shared with: each one the user teaches (owner or co-instructor; an
 * admin any class), in the order given, without repeats. An id that is not such a class is a 422 at
 * its place in `classIds`, so the picker or the API caller knows which one to drop.
 */
export async function checkShareableClasses(db: Db, user: { id: string; role: string }, classIds: readonly string[]): Promise<string[]> {
  if (!hasRole(user.role, "instructor")) {
    throw new ApiError(403, "Only instructors and admins can share with classes; keep it private or ask an instructor.", [{ path: "visibility", message: "needs the instructor role" }]);
  }
  const unique = [...new Set(classIds)];
  const admin = hasRole(user.role, "admin");
  const found = await db.class.findMany({
    where: { id: { in: unique }, ...(admin ? {} : { instructors: { some: { userId: user.id } } }) },
    select: { id: true },
  });
  const taught = new Set(found.map((row) => row.id));
  const missing = classIds.findIndex((id) => !taught.has(id));
  if (missing >= 0) {
    const id = classIds[missing] ?? "";
    throw new ApiError(422, `classIds.${missing}: no class with id "${id}" that you teach. Pick among your classes (GET /api/v1/classes lists them under "teaching").`, [
      { path: `classIds.${missing}`, message: "Not a class you teach." },
    ]);
  }
  return unique;
}

/**
 * The classes each item is shared with, as a viewer may see them: all of them for an item the viewer
 * owns, otherwise only the classes the viewer belongs to or teaches (another class's name is not theirs to see).
 */
export function sharedClassesForViewer(
  shares: readonly { itemId: string; classId: string; className: string }[],
  ownedIds: ReadonlySet<string>,
  viewerClassIds: ReadonlySet<string>,
): Map<string, SharedClass[]> {
  const byItem = new Map<string, SharedClass[]>();
  for (const share of shares) {
    if (!ownedIds.has(share.itemId) && !viewerClassIds.has(share.classId)) continue;
    const list = byItem.get(share.itemId) ?? [];
    list.push({ id: share.classId, name: share.className });
    byItem.set(share.itemId, list);
  }
  for (const list of byItem.values()) list.sort((a, b) => a.name.localeCompare(b.name));
  return byItem;
}
