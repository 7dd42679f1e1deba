import { describe, expect, it } from "vitest";
import { formatZodPath } from "@/lib/server/api-error";
import { importDeckSchema } from "@/lib/validations/deck";
import { MAX_CARD_BYTES_PER_IMPORT, MAX_CARDS_PER_DECK } from "@/lib/validations/import-limits";

/** Item 9 of issue 12: an import with bad data is refused with the field, never stored silently. */
function card(id: string, extra: Record<string, unknown> = {}) {
  return { id, kind: "basic", front: `Front ${id}`, back: `Back ${id}`, topic: [], tags: [], noteId: "", source: { file: "notes.md", line: 1 }, ...extra };
}

function deck(cards: unknown[], extra: Record<string, unknown> = {}) {
  return { title: "My notes", sourceText: "# Notes\n\nQ: a\nA: b\n", cards, ...extra };
}

function issuesOf(input: unknown): { path: string; message: string }[] {
  const result = importDeckSchema.safeParse(input);
  if (result.success) return [];
  return result.error.issues.map((issue) => ({ path: formatZodPath(issue.path), message: issue.message }));
}

describe("import: duplicate card ids", () => {
  it("names every repeated id and the card it repeats", () => {
    const issues = issuesOf(deck([card("a"), card("b"), card("a"), card("b"), card("c")]));
    expect(issues).toEqual([
      { path: "cards[2].id", message: expect.stringContaining('Card id "a" is also the id of cards[0]') },
      { path: "cards[3].id", message: expect.stringContaining('Card id "b" is also the id of cards[1]') },
    ]);
  });

  it("accepts distinct ids", () => {
    expect(issuesOf(deck([card("a"), card("b")]))).toEqual([]);
  });
});

describe("import: control characters", () => {
  it.each([
    ["a NUL in the title", deck([card("a")], { title: "My\u0000notes" }), "title", "U+0000"],
    ["a bell in the description", deck([card("a")], { description: "ding\u0007" }), "description", "U+0007"],
    ["a NUL in a front", deck([card("a", { front: "What\u0000is a Pod?" })]), "cards[0].front", "U+0000"],
    ["an escape in a back", deck([card("a"), card("b", { back: "red \u001b[31m" })]), "cards[1].back", "U+001B"],
    ["a DEL in a tag", deck([card("a", { tags: ["ok", "x\u007f"] })]), "cards[0].tags[1]", "U+007F"],
    ["a NUL in a list item", deck([card("a", { kind: "list", items: ["one", "t\u0000wo"] })]), "cards[0].items[1]", "U+0000"],
    ["a NUL in a card id", deck([card("a\u0000")]), "cards[0].id", "U+0000"],
  ])("refuses %s with the field's path", (_name, input, path, code) => {
    const issues = issuesOf(input);
    expect(issues).toContainEqual({ path, message: expect.stringContaining(`control character (${code}`) });
  });

  it("refuses a line break in the title", () => {
    expect(issuesOf(deck([card("a")], { title: "My\nnotes" }))).toContainEqual({ path: "title", message: expect.stringContaining("one line") });
  });

  it("refuses a control character in the notes with its line", () => {
    expect(issuesOf(deck([card("a")], { sourceText: "# Notes\n\nQ: a\u0007\nA: b\n" }))).toContainEqual({
      path: "sourceText",
      message: expect.stringContaining("Line 3 contains a control character (U+0007)"),
    });
  });

  it("keeps tabs and line breaks in cards", () => {
    expect(issuesOf(deck([card("a", { back: "line one\r\n\tline two" })]))).toEqual([]);
  });
});

describe("import: size per request", () => {
  it(`refuses more than ${MAX_CARDS_PER_DECK} cards`, () => {
    const cards = Array.from({ length: MAX_CARDS_PER_DECK + 1 }, (_, index) => card(`c${index}`));
    expect(issuesOf(deck(cards))).toContainEqual({ path: "cards", message: expect.stringContaining(`At most ${MAX_CARDS_PER_DECK} cards`) });
  });

  it(`refuses cards over ${MAX_CARD_BYTES_PER_IMPORT / 1000} KB together, though each card is within its own limit`, () => {
    const cards = Array.from({ length: 60 }, (_, index) => card(`c${index}`, { back: "x".repeat(9_000) }));
    expect(issuesOf(deck(cards))).toContainEqual({ path: "cards", message: expect.stringMatching(/The cards are 5\d\d KB together; one import takes at most 500 KB/) });
    expect(issuesOf(deck(cards.slice(0, 50)))).toEqual([]);
  });
});
