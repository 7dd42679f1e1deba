/** Generated multiple-choice cards: distractors from sibling terms, never synonyms, deterministic. */
import { describe, expect, it } from "vitest";
import { areSynonyms, generateMcqCards, parseNotes } from "@/lib/notes";

const deck = `# Components
## Worker
- **Kubelet** - starts the containers of Pods bound to its node
- **kubelet process** - the same agent, named differently
- **kube-proxy** - programs Service routing rules on each node
- **Container runtime** - pulls images and runs containers
## Control plane
- **etcd** - stores the whole cluster state as key-value pairs
- **etcd store** - another name for the same database
- **kube-scheduler** - picks a node for each new Pod
- **Service** - a stable virtual IP and DNS name for a set of Pods
- **Services** - more than one Service
- **API server** - the front door of the cluster
`;

describe("generateMcqCards", () => {
  const cards = parseNotes(deck, { file: "c.md", deckId: "c" }).cards;

  it("recognises synonyms and aliases", () => {
    expect(areSynonyms("Kubelet", "kubelet process")).toBe(true);
    expect(areSynonyms("Service", "Services")).toBe(true);
    expect(areSynonyms("etcd", "etcd store")).toBe(true);
    expect(areSynonyms("kube-proxy", "Kubeproxy")).toBe(true);
    expect(areSynonyms("etcd", "kube-scheduler")).toBe(false);
  });

  it("never offers the answer's synonyms, and masks the term in the question", () => {
    const mcqs = generateMcqCards(cards, { seed: "s1" });
    expect(mcqs.length).toBeGreaterThan(5);
    for (const card of mcqs) {
      const answer = card.options?.[card.answer ?? -1] ?? "";
      const others = (card.options ?? []).filter((_, index) => index !== card.answer);
      expect(others.some((option) => areSynonyms(option, answer)), `${answer}: ${others.join(", ")}`).toBe(false);
      expect(card.options).toHaveLength(4);
      expect(card.front.toLowerCase()).not.toContain(answer.toLowerCase());
      expect(card.id).toMatch(/-mcq$/);
    }
  });

  it("prefers distractors from the same topic", () => {
    const etcd = generateMcqCards(cards, { seed: "s1" }).find((card) => card.id.startsWith("c:etcd-"));
    const others = (etcd?.options ?? []).filter((option) => option !== "etcd");
    expect(others.every((option) => ["kube-scheduler", "Service", "Services", "API server"].includes(option))).toBe(true);
  });

  it("is deterministic for a seed and varies with it", () => {
    const a = generateMcqCards(cards, { seed: "s1" });
    expect(generateMcqCards(cards, { seed: "s1" })).toEqual(a);
    const b = generateMcqCards(cards, { seed: "another" });
    expect(b.map((card) => card.options)).not.toEqual(a.map((card) => card.options));
  });

  it("is used by parseNotes when asked", () => {
    const result = parseNotes(deck, { file: "c.md", deckId: "c", generateMcq: true, seed: "s1" });
    expect(result.cards.filter((card) => card.kind === "mcq")).toEqual(generateMcqCards(cards, { seed: "s1" }));
  });
});
