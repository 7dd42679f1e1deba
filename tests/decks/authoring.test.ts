import { describe, expect, it } from "vitest";
import { cardDataOf } from "@/lib/decks/card-view";
import { diffRevisions } from "@/lib/decks/diff-revisions";
import { deckSlugOf, keyPrefixOfKeys, parseDeckMarkdown } from "@/lib/decks/parse-deck-markdown";
import { setFrontMatter } from "@/lib/decks/set-front-matter";
import { summariseCardChanges, type StoredCardContent } from "@/lib/decks/summarise-card-changes";
import type { Card } from "@/lib/notes";
import { PODS_DECK } from "../fixtures/pods-deck";

const DECK = PODS_DECK;

function stored(cards: readonly Card[], retired: ReadonlySet<string> = new Set()): StoredCardContent[] {
  return cards.map((card) => ({
    key: card.id,
    kind: card.kind,
    front: card.front,
    back: card.back,
    data: cardDataOf(card),
    topic: JSON.stringify(card.topic),
    tags: JSON.stringify(card.tags),
    retiredAt: retired.has(card.id) ? new Date(0) : null,
  }));
}

describe("parseDeckMarkdown", () => {
  it("makes cards with ids under the deck's key prefix and reads the front matter id", () => {
    const parsed = parseDeckMarkdown(DECK, "pods");
    expect(parsed.blocking).toBeNull();
    expect(parsed.meta).toMatchObject({ id: "pods", title: "Pods" });
    expect(parsed.cards.map((card) => [card.kind, card.front, card.source.line])).toEqual([
      ["basic", "Pod", 7],
      ["basic", "Node", 8],
      ["qa", "Who picks a node for a pod?", 12],
    ]);
    expect(parsed.cards.every((card) => card.id.startsWith("pods:"))).toBe(true);
  });

  it("refuses Markdown without cards and a bad front matter id, at their lines", () => {
    expect(parseDeckMarkdown("just words", "x").blocking?.message).toMatch(/makes no cards/);
    const bad = parseDeckMarkdown("---\ntitle: T\nid: Not A Slug\n---\n- **A** — b\n", "x");
    expect(bad.blocking).toMatchObject({ line: 3, severity: "error", message: expect.stringMatching(/front matter "id"/) });
  });

  it("names a deck by id, else by its title, else the fallback", () => {
    expect(deckSlugOf({ id: "a-b", title: "Other" }, "f")).toBe("a-b");
    expect(deckSlugOf({ title: "Pods & Nodes" }, "f")).toBe("pods-nodes");
    expect(deckSlugOf({}, "f")).toBe("f");
  });

  it("finds the key prefix most keys share, ignoring pinned ids", () => {
    expect(keyPrefixOfKeys(["notes:a-1", "notes:b-2", "pinned", "x:y"], "f")).toBe("notes");
    expect(keyPrefixOfKeys(["pinned"], "fallback")).toBe("fallback");
  });
});

describe("summariseCardChanges", () => {
  const before = parseDeckMarkdown(DECK, "pods").cards;

  it("keeps cards that only moved and counts an edited back as changed", () => {
    const moved = DECK.replace("- **Pod** — the smallest deployable unit\n", "").replace("## Scheduling\n", "## Scheduling\n\n- **Pod** — the smallest deployable unit\n");
    const edited = moved.replace("a machine that runs pods", "a worker machine");
    const after = parseDeckMarkdown(edited, "pods").cards;
    expect(after.map((card) => card.id).sort()).toEqual(before.map((card) => card.id).sort());
    // Pod moved under another heading: its topic changed, so it is "changed"; Node's back changed.
    expect(summariseCardChanges(stored(before), after)).toEqual({ added: 0, changed: 2, retired: 0, kept: 1, restored: 0 });
  });

  it("keeps a reordered deck entirely", () => {
    const reordered = DECK.replace("- **Pod** — the smallest deployable unit\n- **Node** — a machine that runs pods", "- **Node** — a machine that runs pods\n- **Pod** — the smallest deployable unit");
    expect(summariseCardChanges(stored(before), parseDeckMarkdown(reordered, "pods").cards)).toEqual({ added: 0, changed: 0, retired: 0, kept: 3, restored: 0 });
  });

  it("retires removed cards, adds new ones and counts a retired card that returns as added and restored", () => {
    const without = DECK.replace("- **Node** — a machine that runs pods\n", "- **Service** — a stable address\n");
    const after = parseDeckMarkdown(without, "pods").cards;
    expect(summariseCardChanges(stored(before), after)).toEqual({ added: 1, changed: 0, retired: 1, kept: 2, restored: 0 });
    const nodeId = before[1]?.id ?? "";
    const back = summariseCardChanges(stored(before, new Set([nodeId])), before);
    expect(back).toEqual({ added: 1, changed: 0, retired: 0, kept: 2, restored: 1 });
  });
});

describe("diffRevisions", () => {
  it("shows the lines added and removed between two revisions", () => {
    const diff = diffRevisions({ number: 1, markdown: "a\nb\nc\n" }, { number: 3, markdown: "a\nB\nc\nd\n" });
    expect(diff.lines).toEqual([
      { kind: "same", text: "a" },
      { kind: "removed", text: "b" },
      { kind: "added", text: "B" },
      { kind: "same", text: "c" },
      { kind: "added", text: "d" },
    ]);
    expect([diff.added, diff.removed]).toEqual([2, 1]);
    expect(diff.unified).toContain("--- revision 1");
    expect(diff.unified).toContain("+++ revision 3");
    expect(diff.unified).toContain("-b\n+B\n");
  });
});

describe("setFrontMatter", () => {
  it("renames and tags, keeping other keys and the body", () => {
    const out = setFrontMatter("---\ntitle: Old # keep me\ntopics: [a]\n---\n# Body\n", { title: "New", tags: ["x", "y"] });
    expect(out).toBe("---\ntitle: New # keep me\ntopics: [ a ]\ntags: [ x, y ]\n---\n# Body\n");
    expect(parseDeckMarkdown(out, "p").meta).toMatchObject({ title: "New", tags: ["x", "y"], topics: ["a"] });
  });

  it("adds front matter to a deck without one and removes an emptied description", () => {
    expect(setFrontMatter("- **A** — b\n", { title: "T" })).toBe("---\ntitle: T\n---\n- **A** — b\n");
    expect(setFrontMatter("---\ntitle: T\ndescription: D\n---\nx\n", { description: "" })).toBe("---\ntitle: T\n---\nx\n");
  });
});
