/**
 * How a study answer may be rated. A multiple-choice pick is graded: a wrong pick is Again, with Hard
 * as an explicit override ("I knew it, I misclicked"); a right pick is Hard, Good or Easy. Other cards
 * offer all four ratings, Good by default (Space or Enter on the answer side, as in Anki).
 */
export type Rating = 1 | 2 | 3 | 4;

export interface RatingChoice {
  readonly rating: Rating;
  readonly label: string;
  /** Set when the choice goes against the grade: the button says so. */
  readonly override?: string;
}

export interface AnswerGrade {
  /** null for self-rated cards; otherwise whether the pick was right. */
  readonly correct: boolean | null;
  readonly choices: readonly RatingChoice[];
  /** What Space or Enter rates. */
  readonly defaultRating: Rating;
}

export const RATING_LABELS: Readonly<Record<Rating, string>> = { 1: "Again", 2: "Hard", 3: "Good", 4: "Easy" };

const ALL: readonly RatingChoice[] = ([1, 2, 3, 4] as const).map((rating) => ({ rating, label: RATING_LABELS[rating] }));

export function gradeAnswer(card: { kind: string; answer?: number }, pick: number | null): AnswerGrade {
  if (card.kind !== "mcq" || pick === null || card.answer === undefined) return { correct: null, choices: ALL, defaultRating: 3 };
  if (pick === card.answer) {
    return { correct: true, choices: ALL.filter((choice) => choice.rating !== 1), defaultRating: 3 };
  }
  return {
    correct: false,
    choices: [
      { rating: 1, label: "Again" },
      { rating: 2, label: "Hard", override: "override: count my wrong pick as remembered" },
    ],
    defaultRating: 1,
  };
}

/** The first line of a card's front as plain text, short enough to quote in a message. */
export function cardTitle(front: string, max = 40): string {
  const line = front.split("\n").find((text) => text.trim() !== "") ?? "";
  const plain = line.replace(/[`*_#>[\]]/g, "").replace(/\{\{c\d+::([^}]*?)(::[^}]*)?\}\}/g, "$1").replace(/\s+/g, " ").trim();
  return plain.length > max ? `${plain.slice(0, max - 1)}…` : plain;
}
