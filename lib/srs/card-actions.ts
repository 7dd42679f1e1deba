/**
 * What a learner can do to a card besides answering it. Each action returns new flags and never
 * touches the memory state; `scheduler.reset` is the one that starts a card over.
 */
import { DEFAULT_DAY_START_HOUR, nextDayStart } from "./study-day";
import type { CardFlags, SrsCard } from "./types";

export function suspendCard<C extends SrsCard>(card: C): C {
  return { ...card, flags: { ...card.flags, suspended: true } };
}

/** Unsuspending a leech keeps its tag: the learner may want to rewrite the note. */
export function unsuspendCard<C extends SrsCard>(card: C): C {
  return { ...card, flags: { ...card.flags, suspended: false } };
}

/** Hide the card until the next study day starts (4 a.m. in the learner's zone by default). */
export function buryCard<C extends SrsCard>(card: C, now: Date, timeZone: string, dayStartHour = DEFAULT_DAY_START_HOUR): C {
  return { ...card, flags: { ...card.flags, buriedUntil: nextDayStart(now, timeZone, dayStartHour) } };
}

export function unburyCard<C extends SrsCard>(card: C): C {
  return { ...card, flags: { ...card.flags, buriedUntil: null } };
}

/** Whether the card may be shown at `now` at all (not suspended, not buried). */
export function isStudyable(flags: CardFlags, now: Date): boolean {
  return !flags.suspended && !(flags.buriedUntil && flags.buriedUntil.getTime() > now.getTime());
}
