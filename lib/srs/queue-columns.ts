/**
 * The cards a daily queue is built from, one array per field (entry i of each is card i): the layout
 * (what every learner shares) and one learner's columns. A queue is
 * built on every answer over every card of the chosen decks; reading a few contiguous typed arrays
 * costs a fraction of walking hundreds of card objects spread over the heap, which is what dominated
 * once many learners' cards were in memory (measured: ~480 µs per queue over objects, 50 learners).
 */
import type { CardFlags, CardSchedule, CardStateName } from "./types";

/** What a card brings to the queue besides its schedule; `position` orders new cards (lower first). */
export interface QueueColumnCard {
  readonly id: string;
  /** Cards of one note are siblings; a card with no note ("") is a note of its own. */
  readonly noteId: string;
  readonly deckId: string;
  readonly position: number;
}

export const STATE_NEW = 0;
export const STATE_LEARNING = 1;
export const STATE_REVIEW = 2;
export const STATE_RELEARNING = 3;
const STATE_CODES: Readonly<Record<CardStateName, number>> = { new: STATE_NEW, learning: STATE_LEARNING, review: STATE_REVIEW, relearning: STATE_RELEARNING };

/** What the cards of one collection share whoever studies them: ids, decks, notes, positions. Build it once per collection. */
export class QueueLayout {
  readonly size: number;
  readonly ids: readonly string[];
  readonly deckIds: readonly string[];
  /** Each card's note as a small number, 0 … `noteCount` − 1. */
  readonly noteKeys: Int32Array;
  readonly noteCount: number;
  readonly positions: Float64Array;
  private readonly indexById: Map<string, number>;
  private readonly noteKeyById: Map<string, number>;

  constructor(cards: readonly QueueColumnCard[]) {
    this.size = cards.length;
    this.ids = cards.map((card) => card.id);
    this.deckIds = cards.map((card) => card.deckId);
    this.indexById = new Map(cards.map((card, index) => [card.id, index]));
    this.noteKeys = new Int32Array(cards.length);
    this.noteKeyById = new Map();
    cards.forEach((card, index) => {
      const noteId = card.noteId || card.id;
      let key = this.noteKeyById.get(noteId);
      if (key === undefined) {
        key = this.noteKeyById.size;
        this.noteKeyById.set(noteId, key);
      }
      this.noteKeys[index] = key;
    });
    this.noteCount = this.noteKeyById.size;
    this.positions = Float64Array.from(cards, (card) => card.position);
  }

  indexOf(cardId: string): number | undefined {
    return this.indexById.get(cardId);
  }

  /** The key of a note with cards here (by the note id the cards carry), if any. */
  noteKeyOf(noteId: string): number | undefined {
    return this.noteKeyById.get(noteId);
  }
}

/** One learner's schedules of a layout's cards. */
export class QueueColumns {
  readonly layout: QueueLayout;
  readonly states: Uint8Array;
  /** Due time in ms since the epoch (never read for new cards). */
  readonly due: Float64Array;
  readonly suspended: Uint8Array;
  /** Buried until this time in ms since the epoch; 0 when not buried. */
  readonly buriedUntil: Float64Array;
  /** The schedules themselves, read only for reviews due today (their recall is computed from them). */
  readonly schedules: (CardSchedule | null)[];

  /** Every card starts as never studied and not suspended or buried; `set` gives it its schedule. */
  constructor(layout: QueueLayout) {
    this.layout = layout;
    this.states = new Uint8Array(layout.size);
    this.due = new Float64Array(layout.size);
    this.suspended = new Uint8Array(layout.size);
    this.buriedUntil = new Float64Array(layout.size);
    this.schedules = new Array<CardSchedule | null>(layout.size).fill(null);
  }

  /** The columns of cards that each carry a schedule and flags. */
  static fromCards(cards: readonly (QueueColumnCard & { readonly schedule: CardSchedule; readonly flags: CardFlags })[]): QueueColumns {
    const columns = new QueueColumns(new QueueLayout(cards));
    cards.forEach((card, index) => columns.set(index, card.schedule, card.flags));
    return columns;
  }

  set(index: number, schedule: CardSchedule, flags: CardFlags): void {
    this.states[index] = STATE_CODES[schedule.state];
    this.due[index] = schedule.due.getTime();
    this.suspended[index] = flags.suspended ? 1 : 0;
    this.buriedUntil[index] = flags.buriedUntil?.getTime() ?? 0;
    this.schedules[index] = schedule;
  }
}
