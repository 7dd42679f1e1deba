/** Card ids survive edits the way content/README.md ("Card ids") promises. */
import { describe, expect, it } from "vitest";
import { parseNotes, type Card } from "@/lib/notes";

const parse = (text: string, deckId = "pods"): Card[] => parseNotes(text, { file: "pods.md", deckId }).cards;
const idOf = (text: string, front: string): string | undefined => parse(text).find((card) => card.front === front)?.id;

describe("card ids", () => {
  const original = "# Pods\n\n- **Pod** - the smallest unit\n- **Node** - a machine\n";

  it("are deterministic and readable", () => {
    expect(parse(original).map((card) => card.id)).toEqual(parse(original).map((card) => card.id));
    expect(idOf(original, "Pod")).toMatch(/^pods:pod-[0-9a-z]{7}$/);
  });

  it("survive an edited back", () => {
    expect(idOf("# Pods\n\n- **Pod** - one or more containers\n", "Pod")).toBe(idOf(original, "Pod"));
  });

  it("survive moving the card under another heading or into another form", () => {
    expect(idOf("# Workloads\n## Basics\n\n- **Pod** - the smallest unit\n", "Pod")).toBe(idOf(original, "Pod"));
    expect(idOf("### Pod\nThe smallest unit.\n", "Pod")).toBe(idOf(original, "Pod"));
    expect(idOf("Pod: the smallest unit\n", "Pod")).toBe(idOf(original, "Pod"));
  });

  it("survive case and markup changes to the front", () => {
    expect(parse("- pod - the smallest unit\n")[0]?.id).toBe(idOf(original, "Pod"));
  });

  it("change when the front changes, unless pinned", () => {
    expect(idOf("- **Pods** - the smallest unit\n", "Pods")).not.toBe(idOf(original, "Pod"));
    const pinned = "<!-- id: pod-basics -->\n- **Pod** - the smallest unit\n";
    const renamed = "<!-- id: pod-basics -->\n- **A Pod** - the smallest unit\n";
    expect(idOf(pinned, "Pod")).toBe("pod-basics");
    expect(idOf(renamed, "A Pod")).toBe("pod-basics");
  });

  it("pin a quiz block with id:", () => {
    const [card] = parse("```quiz\nid: pick-node\nquestion: Which picks a node?\noptions: [a, b]\nanswer: a\n```\n");
    expect(card?.id).toBe("pick-node");
  });

  it("are made unique deterministically when two fronts collide, with a warning", () => {
    const text = "# A\n- **Service** - one\n# B\n- **Service** - two\n- **Service** - three\n";
    const { cards, issues } = parseNotes(text, { file: "s.md", deckId: "net" });
    const ids = cards.map((card) => card.id);
    expect(new Set(ids).size).toBe(3);
    expect(ids[0]).toMatch(/^net:service-[0-9a-z]{7}$/);
    expect(parseNotes(text, { file: "s.md", deckId: "net" }).cards.map((card) => card.id)).toEqual(ids);
    expect(issues.filter((issue) => issue.code === "duplicate-front").map((issue) => issue.line)).toEqual([4, 5]);
  });

  it("report a duplicated pinned id as an error and still keep ids unique", () => {
    const { cards, issues } = parseNotes("<!-- id: x -->\n- **A** - a a\n\n<!-- id: x -->\n- **B** - b b\n", { file: "p.md" });
    expect(cards.map((card) => card.id)).toEqual(["x", "x-2"]);
    expect(issues).toContainEqual(expect.objectContaining({ severity: "error", code: "bad-id", line: 5 }));
  });

  it("warn about an id comment that pins nothing", () => {
    const { issues } = parseNotes("<!-- id: lonely -->\n\nJust prose here.\n", { file: "p.md" });
    expect(issues).toEqual([expect.objectContaining({ code: "unused-id", line: 1 })]);
  });

  it("share a noteId between cards of the same note", () => {
    const cards = parse("- **Service** - stable address\n  - **Endpoints** - ready Pod IPs behind it\n");
    expect(cards.map((card) => card.front)).toEqual(["Service", "Endpoints"]);
    expect(cards[1]?.noteId).toBe(cards[0]?.id);
  });

  it("default the deck id to the file name without an ordering prefix", () => {
    expect(parseNotes("- **Pod** - x y\n", { file: "content/decks/02-pods-and-nodes.md" }).cards[0]?.id).toMatch(/^pods-and-nodes:pod-/);
  });
});
