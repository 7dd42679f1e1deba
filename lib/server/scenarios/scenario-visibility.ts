import "server-only";
import type { Prisma, PrismaClient } from "@/prisma/generated/client";
import { ApiError } from "../api-error";
import { checkShareableClasses, classesOfUserWhere, classIdsOfUser, sharedClassesForViewer, type SharedClass } from "../classes/class-shares";
import { db as appDb } from "../db";

type Db = PrismaClient | Prisma.TransactionClient;

/**
 * Prisma's filter for the live scenarios a user may see: public ones (no ScenarioVisibility row), their
 * own, those shared with a class they belong to or teach, and those assigned in such a class. Others
 * answer 404, as a private deck does. Membership is read on every call, so leaving a class hides at once.
 */
export async function visibleScenariosWhere(userId: string, db: Db = appDb): Promise<Prisma.ScenarioWhereInput> {
  const restricted = await db.scenarioVisibility.findMany({ select: { scenarioId: true } });
  // Usually none is restricted: one small read, and every live scenario is visible.
  if (restricted.length === 0) return { retiredAt: null };
  const shared = await db.scenarioClassShare.findMany({ where: { class: classesOfUserWhere(userId) }, select: { scenarioId: true } });
  return {
    retiredAt: null,
    OR: [
      { id: { notIn: restricted.map((row) => row.scenarioId) } },
      { ownerId: userId },
      { id: { in: shared.map((row) => row.scenarioId) } },
      { assignments: { some: { class: classesOfUserWhere(userId) } } },
    ],
  };
}

/** A scenario's visibility and, for "classes", the ids of the classes it is shared with. */
export async function scenarioSharing(db: Db, scenarioId: string): Promise<{ visibility: "public" | "classes"; classIds: string[] }> {
  const [row, shares] = await Promise.all([
    db.scenarioVisibility.findUnique({ where: { scenarioId } }),
    db.scenarioClassShare.findMany({ where: { scenarioId }, orderBy: { sharedAt: "asc" }, select: { classId: true } }),
  ]);
  return row ? { visibility: "classes", classIds: shares.map((share) => share.classId) } : { visibility: "public", classIds: [] };
}

/**
 * Checks a requested visibility against the classes the user teaches and returns what to write
 * (null: leave it as it is). classIds alone change the classes of a scenario already shared.
 */
export async function plannedScenarioSharing(
  db: Db,
  user: { id: string; role: string },
  scenarioId: string,
  input: { visibility?: "public" | "classes"; classIds?: string[] },
): Promise<{ visibility: "public" | "classes"; classIds: string[] } | null> {
  if (input.visibility === undefined && input.classIds === undefined) return null;
  const visibility = input.visibility ?? (await scenarioSharing(db, scenarioId)).visibility;
  if (visibility === "public") {
    if (input.classIds !== undefined) throw new ApiError(422, 'classIds only go with visibility "classes"; this scenario is public. Send visibility "classes" with them.', [{ path: "classIds", message: 'needs visibility "classes"' }]);
    return { visibility, classIds: [] };
  }
  return { visibility, classIds: await checkShareableClasses(db, user, input.classIds ?? []) };
}

/** Writes a planned visibility: "classes" with exactly these classes, or public (no row, no shares). */
export async function writeScenarioSharing(db: Db, scenarioId: string, sharing: { visibility: "public" | "classes"; classIds: readonly string[] }): Promise<void> {
  await db.scenarioClassShare.deleteMany({ where: { scenarioId, classId: { notIn: [...sharing.classIds] } } });
  if (sharing.visibility === "public") {
    await db.scenarioVisibility.deleteMany({ where: { scenarioId } });
    return;
  }
  await db.scenarioVisibility.upsert({ where: { scenarioId }, update: { visibility: "classes" }, create: { scenarioId, visibility: "classes" } });
  for (const classId of sharing.classIds) await db.scenarioClassShare.upsert({ where: { scenarioId_classId: { scenarioId, classId } }, update: {}, create: { scenarioId, classId } });
}

/** The classes each scenario is shared with, as the viewer may see them (see sharedClassesForViewer). */
export async function scenarioClassesForViewer(db: Db, scenarioIds: readonly string[], viewerId: string, ownedIds: ReadonlySet<string>): Promise<Map<string, SharedClass[]>> {
  const shares = await db.scenarioClassShare.findMany({ where: { scenarioId: { in: [...scenarioIds] } }, select: { scenarioId: true, classId: true, class: { select: { name: true } } } });
  if (shares.length === 0) return new Map();
  const viewerClassIds = await classIdsOfUser(db, viewerId);
  return sharedClassesForViewer(
    shares.map((share) => ({ itemId: share.scenarioId, classId: share.classId, className: share.class.name })),
    ownedIds,
    viewerClassIds,
  );
}
