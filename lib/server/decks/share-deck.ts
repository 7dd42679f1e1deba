import "server-only";
import { ApiError } from "../api-error";
import { checkShareableClasses, classIdsOfUser, sharedClassesForViewer, type SharedClass } from "../classes/class-shares";
import type { DeckDb } from "./deck-db";

/**
 * Replaces the classes a deck is shared with (visibility "classes"): only classes the user teaches.
 * Leaving "classes" drops every share. The deck row is touched either way, so learners' cached study
 * catalogues (keyed on the Deck table's last update) are read afresh.
 */
export async function setDeckClasses(tx: DeckDb, user: { id: string; role: string }, deckId: string, visibility: string, classIds: readonly string[] | undefined): Promise<SharedClass[]> {
  if (visibility !== "classes") {
    await tx.deckClassShare.deleteMany({ where: { deckId } });
    await tx.deck.update({ where: { id: deckId }, data: { visibility } });
    return [];
  }
  if (classIds !== undefined) {
    const unique = await checkShareableClasses(tx, user, classIds);
    await tx.deckClassShare.deleteMany({ where: { deckId, classId: { notIn: unique } } });
    for (const classId of unique) await tx.deckClassShare.upsert({ where: { deckId_classId: { deckId, classId } }, update: {}, create: { deckId, classId } });
  } else if ((await tx.deckClassShare.count({ where: { deckId } })) === 0) {
    throw new ApiError(422, 'visibility "classes" needs classIds: the ids of the classes to share with.', [{ path: "classIds", message: "Pick at least one class." }]);
  }
  await tx.deck.update({ where: { id: deckId }, data: { visibility } });
  return (await deckClassesForViewer(tx, [deckId], user.id, new Set([deckId]))).get(deckId) ?? [];
}

/** The classes each deck is shared with, as the viewer may see them (see sharedClassesForViewer). */
export async function deckClassesForViewer(db: DeckDb, deckIds: readonly string[], viewerId: string, ownedIds: ReadonlySet<string>): Promise<Map<string, SharedClass[]>> {
  if (deckIds.length === 0) return new Map();
  const shares = await db.deckClassShare.findMany({ where: { deckId: { in: [...deckIds] } }, select: { deckId: true, classId: true, class: { select: { name: true } } } });
  if (shares.length === 0) return new Map();
  const viewerClassIds = await classIdsOfUser(db, viewerId);
  return sharedClassesForViewer(
    shares.map((share) => ({ itemId: share.deckId, classId: share.classId, className: share.class.name })),
    ownedIds,
    viewerClassIds,
  );
}
