import "server-only";
import { db } from "../db";
import { isPostgresUrl } from "../database-url";
import { pgRow } from "../postgres";
import { statement } from "../sqlite";
import { QueueLayout, type Scheduler } from "@/lib/srs";
import { visibleDecksWhere } from "../decks/list-decks";
import { getStudySettings } from "./get-settings";
import { schedulerFor } from "./srs-records";

/** A live card as the queue sees it; `position` is its place in study order (the deck's place, then the card's). */
export interface CatalogueCard {
  readonly id: string;
  readonly noteId: string;
  readonly deckId: string;
  readonly position: number;
}

/** The live cards of the decks a learner may study: what every queue is built from. */
export interface StudyCatalogue {
  /** In study order (the decks' order, then each card's position in its deck). */
  readonly cards: readonly CatalogueCard[];
  /** The same cards as every learner's kept queue lays them out (shared, built once): `layout.indexOf(id)` finds a card. */
  readonly layout: QueueLayout;
  readonly deckTitles: ReadonlyMap<string, string>;
}

const MAX_ENTRIES = 1000;
const cache = new Map<string, { fingerprint: string; catalogue: StudyCatalogue }>();

/**
 * Cheap summaries, in one query: of the Deck and Card tables (changes with every insert, update —
 * Prisma sets `updatedAt` — and delete, whichever process made it) and of the learner's settings row
 * (every column; null when the learner has none yet), so cached copies are never used stale.
 */
export async function studyFingerprints(userId: string): Promise<{ content: string; settings: string | null }> {
  // A prepared statement on the direct connection (see ../sqlite.ts): it runs on every answer. Each count
  // and max is its own subquery so SQLite answers the max from the updatedAt index (~10 µs).
  const row = isPostgresUrl()
    ? await pgRow<{ content: string | null; settings: string | null }>(`
    SELECT (SELECT count(*) FROM "Deck") || '|' || COALESCE((SELECT max("updatedAt") FROM "Deck")::text, '') || '|' ||
           (SELECT count(*) FROM "Card") || '|' || COALESCE((SELECT max("updatedAt") FROM "Card")::text, '') AS content,
           (SELECT "updatedAt" || '|' || "desiredRetention" || '|' || "newCardsPerDay" || '|' || "maxReviewsPerDay" || '|' ||
                   "timeZone" || '|' || "leechThreshold" || '|' || "leechAction" || '|' || COALESCE("fsrsParameters", '') || '|' ||
                   COALESCE("parametersFitAt"::text, '')
              FROM "StudySettings" WHERE "userId" = $1) AS settings`, [userId])
    : (statement(`
    SELECT (SELECT count(*) FROM "Deck") || '|' || IFNULL((SELECT max("updatedAt") FROM "Deck"), '') || '|' ||
           (SELECT count(*) FROM "Card") || '|' || IFNULL((SELECT max("updatedAt") FROM "Card"), '') AS content,
           (SELECT "updatedAt" || '|' || "desiredRetention" || '|' || "newCardsPerDay" || '|' || "maxReviewsPerDay" || '|' ||
                   "timeZone" || '|' || "leechThreshold" || '|' || "leechAction" || '|' || IFNULL("fsrsParameters", '') || '|' ||
                   IFNULL("parametersFitAt", '')
              FROM "StudySettings" WHERE "userId" = ?) AS settings`).get(userId) as { content: string | null; settings: string | null } | undefined);
  return { content: String(row?.content ?? ""), settings: row?.settings ?? null };
}

type StudySettings = Awaited<ReturnType<typeof getStudySettings>>;
const settingsCache = new Map<string, { fingerprint: string; settings: StudySettings; scheduler: Scheduler }>();

/** The learner's settings and scheduler, kept in memory while the settings row stays the same. */
export async function cachedStudySettings(userId: string, fingerprint: string | null): Promise<{ settings: StudySettings; scheduler: Scheduler }> {
  const cached = fingerprint === null ? undefined : settingsCache.get(userId);
  if (cached && cached.fingerprint === fingerprint) return cached;
  const settings = await getStudySettings(userId);
  const entry = { fingerprint: fingerprint ?? "", settings, scheduler: schedulerFor(settings) };
  settingsCache.delete(userId);
  if (fingerprint !== null) {
    if (settingsCache.size >= MAX_ENTRIES) settingsCache.delete(settingsCache.keys().next().value as string);
    settingsCache.set(userId, entry);
  }
  return entry;
}

// Learners who may study the same decks share one catalogue (and so one queue layout) per content fingerprint.
let sharedCatalogues: { fingerprint: string; byDecks: Map<string, StudyCatalogue> } = { fingerprint: "", byDecks: new Map() };

async function readCatalogue(userId: string, deckIds: readonly string[], fingerprint: string): Promise<StudyCatalogue> {
  const deckWhere = { ...visibleDecksWhere(userId), ...(deckIds.length > 0 ? { id: { in: [...deckIds] } } : {}) };
  const decks = await db.deck.findMany({ where: deckWhere, orderBy: [{ origin: "asc" }, { slug: "asc" }], select: { id: true, title: true } });
  if (sharedCatalogues.fingerprint !== fingerprint) sharedCatalogues = { fingerprint, byDecks: new Map() };
  const decksKey = decks.map((deck) => deck.id).join(",");
  const shared = sharedCatalogues.byDecks.get(decksKey);
  if (shared) return shared;
  const deckOrder = new Map(decks.map((deck, index) => [deck.id, index]));
  const rows = await db.card.findMany({
    where: { retiredAt: null, deckId: { in: decks.map((deck) => deck.id) } },
    select: { id: true, noteId: true, deckId: true, position: true },
  });
  const cards = rows
    .map((card) => ({ id: card.id, noteId: card.noteId, deckId: card.deckId, position: (deckOrder.get(card.deckId) ?? 0) * 1_000_000 + card.position }))
    .sort((a, b) => a.position - b.position || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const catalogue = { cards, layout: new QueueLayout(cards), deckTitles: new Map(decks.map((deck) => [deck.id, deck.title])) };
  if (sharedCatalogues.fingerprint === fingerprint && sharedCatalogues.byDecks.size < MAX_ENTRIES) sharedCatalogues.byDecks.set(decksKey, catalogue);
  return catalogue;
}

/**
 * The learner's visible decks (only `deckIds` when given) and their live cards. Kept in memory per
 * learner and deck choice, and re-read whenever the content fingerprint moved: one small query instead
 * of two large ones on every answer.
 */
export async function studyCatalogue(userId: string, deckIds: readonly string[], contentFingerprint?: string): Promise<StudyCatalogue> {
  const key = `${userId}\n${deckIds.join(",")}`;
  const fingerprint = contentFingerprint ?? (await studyFingerprints(userId)).content;
  const cached = cache.get(key);
  if (cached && cached.fingerprint === fingerprint) return cached.catalogue;
  const catalogue = await readCatalogue(userId, deckIds, fingerprint);
  cache.delete(key);
  if (cache.size >= MAX_ENTRIES) cache.delete(cache.keys().next().value as string);
  cache.set(key, { fingerprint, catalogue });
  return catalogue;
}

type CardRow = NonNullable<Awaited<ReturnType<typeof db.card.findUnique>>>;
let cardRows: { fingerprint: string; rows: Map<string, CardRow> } = { fingerprint: "", rows: new Map() };

/** One card's row, kept in memory while the content fingerprint stays the same (`null`: no such card). */
export async function cachedCardRow(cardId: string, contentFingerprint: string): Promise<CardRow | null> {
  if (cardRows.fingerprint !== contentFingerprint) cardRows = { fingerprint: contentFingerprint, rows: new Map() };
  const cached = cardRows.rows.get(cardId);
  if (cached) return cached;
  const row = await db.card.findUnique({ where: { id: cardId } });
  if (row && cardRows.fingerprint === contentFingerprint) cardRows.rows.set(cardId, row);
  return row;
}
