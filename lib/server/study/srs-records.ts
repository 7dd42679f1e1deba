/**
 * Converts between the database's CardState rows and the scheduling domain's SrsCard, and builds the
 * learner's scheduler from their settings. The only place that knows both shapes.
 */
import {
  createScheduler,
  flagsFromJson,
  flagsToJson,
  isCardStateName,
  newCard,
  scheduleFromJson,
  scheduleToJson,
  type CardFlags,
  type CardSchedule,
  type Scheduler,
  type SrsCard,
} from "@/lib/srs";

/** A CardState row's scheduling columns: the domain's schedule and flags, with the state as stored text. */
export type CardStateRow = Omit<CardSchedule, "state"> & CardFlags & { state: string };

export interface SettingsRow {
  timeZone: string;
  desiredRetention: number;
  leechThreshold: number;
  leechAction: string;
  fsrsParameters: string | null;
}

export function srsCardFromRow(cardId: string, row: CardStateRow | null | undefined, now: Date): SrsCard {
  return row ? srsCardFromStateRow(cardId, row) : newCard(cardId, now);
}

/** The card as a stored state row has it. */
export function srsCardFromStateRow(cardId: string, row: CardStateRow): SrsCard {
  return {
    id: cardId,
    schedule: {
      state: isCardStateName(row.state) ? row.state : "new",
      due: row.due,
      stability: row.stability,
      difficulty: row.difficulty,
      elapsedDays: row.elapsedDays,
      scheduledDays: row.scheduledDays,
      learningSteps: row.learningSteps,
      reps: row.reps,
      lapses: row.lapses,
      lastReview: row.lastReview,
    },
    flags: { suspended: row.suspended, buriedUntil: row.buriedUntil, leech: row.leech },
  };
}

export function rowFromSrsCard(card: SrsCard): CardStateRow {
  return { ...card.schedule, ...card.flags };
}

/** One JSON text holding a card's schedule and flags (the review log's before/after snapshots). */
export function snapshotOf(card: SrsCard): string {
  return JSON.stringify({ schedule: scheduleToJson(card.schedule), flags: flagsToJson(card.flags) });
}

export function srsCardFromSnapshot(cardId: string, snapshot: string): SrsCard {
  const parsed = JSON.parse(snapshot) as { schedule: unknown; flags: unknown };
  return { id: cardId, schedule: scheduleFromJson(parsed.schedule), flags: flagsFromJson(parsed.flags) };
}

export function parseParameters(json: string | null): number[] | undefined {
  if (!json) return undefined;
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) && value.length === 21 && value.every((n) => typeof n === "number") ? value : undefined;
  } catch {
    return undefined;
  }
}

export function schedulerFor(settings: SettingsRow): Scheduler {
  return createScheduler({
    desiredRetention: settings.desiredRetention,
    parameters: parseParameters(settings.fsrsParameters),
    leechThreshold: settings.leechThreshold,
    leechAction: settings.leechAction === "tag" ? "tag" : "suspend",
    timeZone: settings.timeZone,
  });
}
