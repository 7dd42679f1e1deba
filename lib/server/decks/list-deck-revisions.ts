import "server-only";
import { ApiError } from "../api-error";
import type { DeckRevisionSummary } from "@/lib/decks/revision-summary";
import type { DeckDb } from "./deck-db";

export type { DeckRevisionSummary };


/** A deck's revisions, newest first, with what each save did to the cards. */
export async function listDeckRevisions(db: DeckDb, deckId: string): Promise<DeckRevisionSummary[]> {
  const rows = await db.deckRevision.findMany({ where: { deckId }, orderBy: { number: "desc" }, omit: { markdown: true } });
  const authorIds = [...new Set(rows.flatMap((row) => (row.authorId ? [row.authorId] : [])))];
  const authors = new Map((await db.user.findMany({ where: { id: { in: authorIds } }, select: { id: true, name: true, email: true } })).map((user) => [user.id, user.name || user.email]));
  return rows.map((row) => ({
    number: row.number,
    createdAt: row.createdAt.toISOString(),
    author: row.authorId ? (authors.get(row.authorId) ?? null) : null,
    message: row.message,
    added: row.added,
    changed: row.changed,
    retired: row.retired,
    kept: row.kept,
  }));
}

/** One revision's Markdown, or a 404 naming the revisions there are. */
export async function getDeckRevisionOrThrow(db: DeckDb, deckId: string, number: number) {
  const row = await db.deckRevision.findUnique({ where: { deckId_number: { deckId, number } } });
  if (row) return row;
  const latest = await db.deckRevision.findFirst({ where: { deckId }, orderBy: { number: "desc" }, select: { number: true } });
  throw new ApiError(404, latest ? `This deck has no revision ${number}; its revisions are 1 to ${latest.number}.` : `This deck has no saved revisions yet.`);
}
