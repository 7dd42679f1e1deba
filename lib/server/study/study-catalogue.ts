import "server-only";
import { db } from "../db";
import { visibleDecksWhere } from "../decks/list-decks";

/** The decks a learner may study (in study order) and their live cards: what every queue is built from. */
export interface StudyCatalogue {
  readonly decks: readonly { id: string; title: string }[];
  readonly cards: readonly { id: string; noteId: string; deckId: string; position: number }[];
  readonly cardIds: ReadonlySet<string>;
}

const MAX_ENTRIES = 1000;
const cache = new Map<string, { fingerprint: string; catalogue: StudyCatalogue }>();

/**
 * A cheap summary of the Deck and Card tables that changes with every insert, update (Prisma sets
 * `updatedAt`) and delete, whichever process made it, so a cached catalogue is never used stale.
 */
async function contentFingerprint(): Promise<string> {
  const rows = await db.$queryRawUnsafe<{ f: string }[]>(
    `SELECT (SELECT CAST(count(*) AS TEXT) || '|' || IFNULL(max("updatedAt"), '') FROM "Deck") || '|' ||
            (SELECT CAST(count(*) AS TEXT) || '|' || IFNULL(max("updatedAt"), '') FROM "Card") AS f`,
  );
  return String(rows[0]?.f ?? "");
}

async function readCatalogue(userId: string, deckIds: readonly string[]): Promise<StudyCatalogue> {
  const deckWhere = { ...visibleDecksWhere(userId), ...(deckIds.length > 0 ? { id: { in: [...deckIds] } } : {}) };
  const decks = await db.deck.findMany({ where: deckWhere, orderBy: [{ origin: "asc" }, { slug: "asc" }], select: { id: true, title: true } });
  const cards = await db.card.findMany({
    where: { retiredAt: null, deckId: { in: decks.map((deck) => deck.id) } },
    select: { id: true, noteId: true, deckId: true, position: true },
  });
  return { decks, cards, cardIds: new Set(cards.map((card) => card.id)) };
}

/**
 * The learner's visible decks (only `deckIds` when given) and their live cards. Kept in memory per
 * learner and deck choice, and re-read whenever the content fingerprint moved: one small query instead
 * of two large ones on every answer.
 */
export async function studyCatalogue(userId: string, deckIds: readonly string[]): Promise<StudyCatalogue> {
  const key = `${userId}\n${deckIds.join(",")}`;
  const fingerprint = await contentFingerprint();
  const cached = cache.get(key);
  if (cached && cached.fingerprint === fingerprint) return cached.catalogue;
  const catalogue = await readCatalogue(userId, deckIds);
  cache.delete(key);
  if (cache.size >= MAX_ENTRIES) cache.delete(cache.keys().next().value as string);
  cache.set(key, { fingerprint, catalogue });
  return catalogue;
}
