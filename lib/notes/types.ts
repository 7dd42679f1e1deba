/** Public types of the notes parser: what a card is, deck metadata, and parse issues. */

export type CardKind = "basic" | "qa" | "list" | "cloze" | "mcq";

/** One deletion of a cloze sentence: `{{c1::etcd::a store}}` → index 1, answer "etcd", hint "a store". */
export interface ClozeDeletion {
  index: number;
  answer: string;
  hint?: string;
}

/** What a renderer needs for a cloze card: the authored text, its deletions, and which index this card hides. */
export interface ClozeData {
  /** The authored Markdown with `{{cN::…}}` markers left in. */
  text: string;
  /** The deletion index this card hides (every deletion with this index is hidden). */
  hide: number;
  deletions: ClozeDeletion[];
}

export interface CardSource {
  file: string;
  line: number;
}

export interface Card {
  /** Stable id: see content/README.md ("Card ids"). */
  id: string;
  kind: CardKind;
  /** Markdown. */
  front: string;
  /** Markdown (code blocks, inline code and links kept). */
  back: string;
  /** The heading path (and list group labels) above the card. */
  topic: string[];
  tags: string[];
  source: CardSource;
  /** Cards made from the same note or bullet share it (siblings are buried together). */
  noteId: string;
  /** mcq: the choices, in authored (or seeded) order. */
  options?: string[];
  /** mcq: index of the right option in `options`. */
  answer?: number;
  /** mcq: why the answer is right. */
  explanation?: string;
  /** list: the items, in order. */
  items?: string[];
  /** cloze: the text, its deletions and the one this card hides. */
  clozes?: ClozeData;
}

export interface DeckMeta {
  /** The deck's own id (lower-case, digits, dashes): names the deck in `kubedeck push` and the API. */
  id?: string;
  title?: string;
  description?: string;
  topics?: string[];
  tags?: string[];
}

/** Stable codes for issues, so lint can decide how serious each one is for a built-in deck. */
export type IssueCode =
  | "front-matter"
  | "unknown-key"
  | "empty-card"
  | "duplicate-front"
  | "quiz"
  | "unused-id"
  | "bad-id";

export interface ParseIssue {
  file: string;
  line: number;
  severity: "error" | "warning";
  message: string;
  code?: IssueCode;
}

export interface ParseOptions {
  /** Shown in sources and issues. */
  file: string;
  /** Prefix of every generated id; defaults to a slug of the file's base name. */
  deckId?: string;
  /** Also make multiple-choice cards from the basic cards (see generateMcqCards). */
  generateMcq?: boolean;
  /** Seed for generated multiple-choice cards (distractor choice and order). */
  seed?: string;
}

export interface ParseResult {
  meta: DeckMeta;
  cards: Card[];
  issues: ParseIssue[];
}
