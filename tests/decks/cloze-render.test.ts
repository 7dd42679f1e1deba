import { describe, expect, it } from "vitest";
import { clozeDeletions, normaliseClozeCard, renderCloze } from "@/lib/decks/cloze-render";
import { importedCardSchema } from "@/lib/validations/deck";

const data = { text: "{{c1::etcd::a store}} keeps the {{c2::cluster state}}.", hide: 1, deletions: [] };

describe("cloze rendering", () => {
  it("hides only the card's own deletion on the front, showing its hint", () => {
    expect(renderCloze(data, "front")).toBe("[a store] keeps the cluster state.");
    expect(renderCloze({ ...data, hide: 2 }, "front")).toBe("etcd keeps the […].");
  });

  it("shows every answer on the back with the card's own in bold", () => {
    expect(renderCloze(data, "back")).toBe("**etcd** keeps the cluster state.");
  });

  it("re-derives deletions, front and back after the learner edits the text", () => {
    expect(clozeDeletions(data.text)).toEqual([{ index: 1, answer: "etcd", hint: "a store" }, { index: 2, answer: "cluster state" }]);
    const edited = normaliseClozeCard({ front: "old", back: "old", clozes: { ...data, text: "{{c1::The API server}} validates requests." } });
    expect(edited.front).toBe("[…] validates requests.");
    expect(edited.back).toBe("**The API server** validates requests.");
  });

  it("refuses an edited cloze that lost the marker the card hides", () => {
    const card = { id: "x", kind: "cloze", front: "f", back: "", topic: [], tags: [], noteId: "", source: { file: "n.md", line: 1 }, clozes: { text: "no marker left", hide: 1, deletions: [] } };
    const result = importedCardSchema.safeParse(card);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(["clozes", "text"]);
  });
});
