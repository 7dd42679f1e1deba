import "server-only";
import { ApiError } from "../api-error";
import type { DeckDb } from "./deck-db";

/** 409 when the owner already has another (live) deck with this slug, naming it. */
export async function refuseTakenSlug(db: DeckDb, ownerId: string, slug: string, exceptDeckId?: string): Promise<void> {
  const other = await db.deck.findFirst({ where: { ownerId, authorSlug: slug, retiredAt: null, ...(exceptDeckId ? { id: { not: exceptDeckId } } : {}) } });
  if (other) {
    throw new ApiError(409, `You already have a deck "${other.title}" with the id "${slug}" (deck ${other.id}). Update it with PUT /api/v1/decks/${other.id}, or give this deck another id: in its front matter.`, [
      { path: "markdown", message: `id "${slug}" is taken by deck ${other.id}` },
    ]);
  }
}

/** A slug the owner does not use yet: `base`, else `base-2`, `base-3`… */
export async function freeSlug(db: DeckDb, ownerId: string, base: string): Promise<string> {
  const taken = new Set(
    (await db.deck.findMany({ where: { ownerId, authorSlug: { startsWith: base } }, select: { authorSlug: true } })).map((row) => row.authorSlug),
  );
  let slug = base;
  for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
  return slug;
}
