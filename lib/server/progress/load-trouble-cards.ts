import "server-only";
import { db } from "../db";

export interface TroubleCard {
  readonly cardId: string;
  readonly front: string;
  readonly lapses: number;
  readonly leech: boolean;
  readonly suspended: boolean;
}

/** The learner's most-forgotten cards (leeches first, then by lapses), linking to card info. */
export async function loadTroubleCards(userId: string, limit = 10): Promise<TroubleCard[]> {
  const rows = await db.cardState.findMany({
    where: { userId, OR: [{ leech: true }, { lapses: { gte: 2 } }] },
    orderBy: [{ leech: "desc" }, { lapses: "desc" }],
    take: limit,
    select: { cardId: true, lapses: true, leech: true, suspended: true, card: { select: { front: true } } },
  });
  return rows.map((row) => ({ cardId: row.cardId, front: row.card.front, lapses: row.lapses, leech: row.leech, suspended: row.suspended }));
}
