import { describe, expect, it } from "vitest";
import { parseDeckMarkdown } from "@/lib/decks/parse-deck-markdown";
import { rewriteCardText, type EditedCard } from "@/lib/decks/rewrite-card-text";

const DECK = `---
id: pods
title: Pods
---
# Pods

- **Pod** — the smallest deployable unit
- **Node** — a machine that runs pods

Q: What restarts a failed container?
A: The kubelet, following the pod's restartPolicy.
`;

function cardsOf(markdown: string): EditedCard[] {
  return parseDeckMarkdown(markdown, "pods").cards.map((card) => ({ key: card.id, kind: card.kind, front: card.front, back: card.back, sourceLine: card.source.line }));
}

function edit(markdown: string, front: string, change: { front?: string; back?: string }) {
  const cards = cardsOf(markdown);
  const card = cards.find((item) => item.front === front);
  if (!card) throw new Error(`no card ${front}`);
  const others = cards.filter((item) => item !== card).map((item) => item.sourceLine);
  return { card, result: rewriteCardText(markdown, card, others, { front: change.front ?? card.front, back: change.back ?? card.back }) };
}

describe("rewriteCardText", () => {
  it("writes a new back at the card's own line and keeps the card's id", () => {
    const { card, result } = edit(DECK, "Node", { back: "a worker machine in the cluster" });
    expect(result).toEqual({ ok: true, markdown: DECK.replace("a machine that runs pods", "a worker machine in the cluster") });
    if (!result.ok) return;
    const after = cardsOf(result.markdown);
    expect(after.find((item) => item.key === card.key)?.back).toBe("a worker machine in the cluster");
    expect(after.map((item) => item.key)).toEqual(cardsOf(DECK).map((item) => item.key));
  });

  it("pins the id above a card whose front changes, so its progress stays", () => {
    const { card, result } = edit(DECK, "What restarts a failed container?", { front: "Who restarts a crashed container?", back: "The kubelet." });
    expect(result.ok && result.markdown.split("\n").slice(9, 12)).toEqual([`<!-- id: ${card.key} -->`, "Q: Who restarts a crashed container?", "A: The kubelet."]);
    if (!result.ok) return;
    expect(cardsOf(result.markdown).find((item) => item.key === card.key)).toMatchObject({ front: "Who restarts a crashed container?", back: "The kubelet." });
    // A second change of the front keeps the one pin.
    const again = edit(result.markdown, "Who restarts a crashed container?", { front: "Which agent restarts containers?" }).result;
    expect(again.ok && again.markdown.match(/<!-- id:/g)?.length).toBe(1);
  });

  it("edits only the card's own block when another card has the same back text", () => {
    const twins = DECK.replace("a machine that runs pods", "the smallest deployable unit");
    const { result } = edit(twins, "Node", { back: "a machine" });
    expect(result.ok && result.markdown).toBe(twins.replace("- **Node** — the smallest deployable unit", "- **Node** — a machine"));
  });

  it("refuses text it cannot find as written, and kinds made from several parts", () => {
    const { card } = edit(DECK, "Pod", {});
    const moved = rewriteCardText(DECK, { ...card, back: "not in the deck" }, [8, 10], { front: card.front, back: "new" });
    expect(moved).toMatchObject({ ok: false, field: "back" });
    const list = rewriteCardText(DECK, { ...card, kind: "list" }, [8, 10], { front: "x", back: "y" });
    expect(list).toMatchObject({ ok: false, field: "card" });
    expect(list.ok || list.message).toContain("edit it in the deck editor");
  });
});
