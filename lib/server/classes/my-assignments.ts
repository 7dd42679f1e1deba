import "server-only";
import { newCardsNeeded, raisedNewCardLimit, type RaisedLimit } from "@/lib/classes/new-card-quota";
import { db } from "../db";
import { isPostgresUrl } from "../database-url";
import { pgDate, pgRow, pgRows } from "../postgres";
import { sqliteDate, statement } from "../sqlite";

export interface MyAssignment {
  readonly id: string;
  readonly classId: string;
  readonly className: string;
  readonly deckId?: string;
  readonly scenarioId?: string;
  /** What it is: the deck's or scenario's title. */
  readonly title: string;
  readonly dueAt: string | null;
  readonly overdue: boolean;
  readonly introduceAll: boolean;
  readonly cardsIntroduced?: number;
  readonly cardsTotal?: number;
  readonly passed?: boolean;
  /** For a deck to introduce by its due date: the new cards a day it needs now. */
  readonly newCardsPerDay?: number;
}

interface DeckCounts {
  total: number;
  introduced: number;
}

const DECK_COUNTS = `
      SELECT COUNT(*) AS total, COUNT(s."id") AS introduced FROM "Card" c
      LEFT JOIN "CardState" s ON s."cardId" = c."id" AND s."userId" = ? AND s."state" <> 'new'
      WHERE c."deckId" = ? AND c."retiredAt" IS NULL`;

/** Live cards and the ones the learner has seen, of each deck. */
async function deckCounts(userId: string, deckIds: readonly string[]): Promise<Map<string, DeckCounts>> {
  const counts = new Map<string, DeckCounts>();
  for (const deckId of deckIds) {
    const row = isPostgresUrl()
      ? await pgRow<DeckCounts>(`SELECT total::int AS total, introduced::int AS introduced FROM (${DECK_COUNTS.replace("= ?", "= $1").replace("= ?", "= $2")}) AS counted`, [userId, deckId])
      : (statement(DECK_COUNTS).get(userId, deckId) as DeckCounts);
    counts.set(deckId, row ?? { total: 0, introduced: 0 });
  }
  return counts;
}

/** Every assignment of every class the learner belongs to, soonest due first, with how far along they are. */
export async function listMyAssignments(userId: string, now: Date): Promise<MyAssignment[]> {
  const rows = await db.assignment.findMany({
    where: { class: { members: { some: { userId } } } },
    select: {
      id: true, classId: true, deckId: true, scenarioId: true, dueAt: true, introduceAll: true,
      class: { select: { name: true } }, deck: { select: { title: true } }, scenario: { select: { title: true } },
    },
  });
  const deckIds = [...new Set(rows.flatMap((row) => (row.deckId ? [row.deckId] : [])))];
  const scenarioIds = [...new Set(rows.flatMap((row) => (row.scenarioId ? [row.scenarioId] : [])))];
  const counts = await deckCounts(userId, deckIds);
  const passed = new Set(
    (await db.scenarioAttempt.findMany({ where: { userId, scenarioId: { in: scenarioIds }, passed: true }, select: { scenarioId: true }, distinct: ["scenarioId"] })).map((row) => row.scenarioId),
  );
  const assignments = rows.map((row): MyAssignment => {
    const common = { id: row.id, classId: row.classId, className: row.class.name, dueAt: row.dueAt?.toISOString() ?? null, introduceAll: row.introduceAll };
    if (row.deckId) {
      const count = counts.get(row.deckId) ?? { total: 0, introduced: 0 };
      const done = count.introduced >= count.total;
      const need = row.introduceAll && row.dueAt && !done ? newCardsNeeded([{ deckId: row.deckId, newCards: count.total - count.introduced, dueAt: row.dueAt }], now)[0] : undefined;
      return {
        ...common, deckId: row.deckId, title: row.deck?.title ?? row.deckId, cardsIntroduced: count.introduced, cardsTotal: count.total,
        overdue: !done && row.dueAt !== null && row.dueAt < now, ...(need ? { newCardsPerDay: need.perDay } : {}),
      };
    }
    const isPassed = passed.has(row.scenarioId ?? "");
    return { ...common, scenarioId: row.scenarioId ?? undefined, title: row.scenario?.title ?? String(row.scenarioId), passed: isPassed, overdue: !isPassed && row.dueAt !== null && row.dueAt < now };
  });
  return assignments.sort((a, b) => (a.dueAt ?? "9999").localeCompare(b.dueAt ?? "9999") || a.title.localeCompare(b.title));
}

/**
 * The learner's daily new-card limit raised for decks assigned "introduce all cards by the due date"
 * (see lib/classes/new-card-quota.ts). One indexed read when the learner has no such assignment, which
 * is almost always: the study queue asks on every answer.
 */
export async function assignedNewCardLimit(userId: string, ownLimit: number, now: Date): Promise<{ limit: number; needs: RaisedLimit[] }> {
  const since = new Date(now.getTime() - 86_400_000);
  const rows = isPostgresUrl()
    ? await pgRows<{ deckId: string; dueAt: Date }>(
        `SELECT DISTINCT a."deckId" AS "deckId", a."dueAt" AS "dueAt" FROM "ClassMember" m JOIN "Assignment" a ON a."classId" = m."classId"
         WHERE m."userId" = $1 AND a."introduceAll" AND a."deckId" IS NOT NULL AND a."dueAt" IS NOT NULL AND a."dueAt" > $2`,
        [userId, pgDate(since)],
      )
    : (statement(`
    SELECT DISTINCT a."deckId" AS deckId, a."dueAt" AS dueAt FROM "ClassMember" m JOIN "Assignment" a ON a."classId" = m."classId"
    WHERE m."userId" = ? AND a."introduceAll" = 1 AND a."deckId" IS NOT NULL AND a."dueAt" IS NOT NULL AND a."dueAt" > ?`).all(userId, sqliteDate(since)) as { deckId: string; dueAt: string }[]);
  if (rows.length === 0) return { limit: ownLimit, needs: [] };
  const counts = await deckCounts(userId, rows.map((row) => row.deckId));
  const needs = newCardsNeeded(
    rows.map((row) => {
      const count = counts.get(row.deckId) ?? { total: 0, introduced: 0 };
      return { deckId: row.deckId, newCards: count.total - count.introduced, dueAt: new Date(row.dueAt) };
    }),
    now,
  );
  return { limit: raisedNewCardLimit(ownLimit, needs), needs };
}
