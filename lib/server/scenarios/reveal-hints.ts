import "server-only";
import { ApiError } from "../api-error";
import { db } from "../db";

/** Hints the learner has revealed for the scenario since their last pass (0 when none). */
export async function hintsShown(userId: string, scenarioId: string): Promise<number> {
  const row = await db.scenarioHintUse.findUnique({ where: { userId_scenarioId: { userId, scenarioId } }, select: { shown: true } });
  return row?.shown ?? 0;
}

/**
 * Records that `shown` hints are revealed. The count only grows (a second tab or a repeated request
 * never lowers it) and cannot pass the scenario's number of hints.
 */
export async function revealHints(userId: string, scenarioId: string, shown: number, available: number): Promise<number> {
  if (shown > available) {
    throw new ApiError(422, `This scenario has ${available} hint${available === 1 ? "" : "s"}; shown must be between 1 and ${available}.`, [{ path: "shown", message: `at most ${available}` }]);
  }
  const row = await db.scenarioHintUse.upsert({
    where: { userId_scenarioId: { userId, scenarioId } },
    create: { userId, scenarioId, shown },
    update: {},
    select: { id: true, shown: true },
  });
  if (row.shown >= shown) return row.shown;
  await db.scenarioHintUse.updateMany({ where: { id: row.id, shown: { lt: shown } }, data: { shown } });
  return hintsShown(userId, scenarioId);
}

/** After a pass the next attempt (the next review) starts without hints. */
export async function resetHints(userId: string, scenarioId: string): Promise<void> {
  await db.scenarioHintUse.deleteMany({ where: { userId, scenarioId } });
}
