/** One test per card kind and per authoring form of it. */
import { describe, expect, it } from "vitest";
import { parseNotes, renderCloze, type Card } from "@/lib/notes";

const parse = (text: string): Card[] => parseNotes(text, { file: "t.md", deckId: "t" }).cards;
const fronts = (text: string): string[] => parse(text).map((card) => `${card.kind}:${card.front}`);

describe("basic cards", () => {
  it.each([
    ["- **Pod** - smallest unit", "Pod"],
    ["- **Pod** – smallest unit", "Pod"],
    ["- **Pod** — smallest unit", "Pod"],
    ["- **Pod:** smallest unit", "Pod"],
    ["- Pod -> smallest unit", "Pod"],
    ["- Pod => smallest unit", "Pod"],
    ["- Pod = smallest unit", "Pod"],
    ["Pod: smallest unit", "Pod"],
    ["* `kubectl` — the client", "`kubectl`"],
  ])("reads %j", (text, front) => {
    const [card] = parse(text);
    expect(card).toMatchObject({ kind: "basic", front });
    expect(card?.back).toMatch(/smallest unit|the client/);
  });

  it("reads a heading followed by its paragraph, and keeps code in the back", () => {
    const [card] = parse("### Kubelet\nRuns Pods on a node; try `systemctl status kubelet`.\n\n```bash\njournalctl -u kubelet\n```\n");
    expect(card).toMatchObject({ kind: "basic", front: "Kubelet", source: { line: 1 } });
    expect(card?.back).toContain("`systemctl status kubelet`");
    expect(card?.back).toContain("```bash\njournalctl -u kubelet\n```");
  });

  it("reads a term line followed by a short list as a list card (the one kind rule)", () => {
    const [card] = parse("Volumes\n- keep data beyond a container's life\n- can be local or remote\n");
    expect(card).toMatchObject({ kind: "list", front: "Volumes", items: ["keep data beyond a container's life", "can be local or remote"] });
    expect(card?.back).toBe("- keep data beyond a container's life\n- can be local or remote");
  });

  it("reads `Term:` on its own line followed by its paragraph", () => {
    const [card] = parse("Pod:\n\nThe smallest unit you deploy.\n");
    expect(card).toMatchObject({ kind: "basic", front: "Pod", back: "The smallest unit you deploy.", source: { line: 1 } });
  });

  it("reads a paragraph of several sentences describing one thing", () => {
    const [card] = parse("The master node itself runs the control plane. It has an API server and etcd.\n");
    expect(card).toMatchObject({ kind: "basic", front: "master node", back: "runs the control plane. It has an API server and etcd." });
  });

  it("reads a label line over `Term = …` lines as their topic", () => {
    const cards = parse("Docker vs Kubernetes:\nDocker = container runtime, builds images\nK8s = orchestrates containers\n\nkubectl commands\n  kubectl get pods - list pods\n  kubectl get svc - list services\n");
    expect(cards.map((card) => [card.front, card.topic.join(" > "), card.source.line])).toEqual([
      ["Docker", "Docker vs Kubernetes", 2],
      ["K8s", "Docker vs Kubernetes", 3],
      ["kubectl get pods", "kubectl commands", 6],
      ["kubectl get svc", "kubectl commands", 7],
    ]);
  });

  it("reads two-column tables", () => {
    expect(fronts("| Term | Meaning |\n|---|---|\n| Pod | smallest unit |\n| Node | a machine |\n")).toEqual(["basic:Pod", "basic:Node"]);
  });
});

describe("qa cards", () => {
  it("reads Q:/A: lines, also bold", () => {
    expect(fronts("Q: What stores state?\nA: etcd\n\n**Q:** Who schedules?\n**A:** the scheduler\n")).toEqual([
      "qa:What stores state?",
      "qa:Who schedules?",
    ]);
  });

  it("reads a heading or bullet ending in ? followed by its answer", () => {
    expect(fronts("## Why Deployments?\nThey roll out new versions.\n\n- What is a Pod?\n  - one or more containers sharing a network namespace and storage, scheduled together on one node\n")).toEqual([
      "qa:Why Deployments?",
      "qa:What is a Pod?",
    ]);
  });

  it("reads a question and its answer on one line, in a bullet or a paragraph", () => {
    expect(parse("- Why Deployments? They roll out new versions.\n\nHow many replicas by default? One.\n").map((card) => [card.kind, card.front, card.back])).toEqual([
      ["qa", "Why Deployments?", "They roll out new versions."],
      ["qa", "How many replicas by default?", "One."],
    ]);
  });

  it("reads a question without its question mark over its answer", () => {
    expect(fronts("what does the scheduler do\n- picks the node for each new Pod, based on requested resources and rules\n")).toEqual(["qa:what does the scheduler do"]);
  });

  it("reads numbered Q1:/A1: pairs", () => {
    expect(fronts("Q1: What stores state?\nA1: etcd\n")).toEqual(["qa:What stores state?"]);
  });

  it("reads <details> blocks", () => {
    const [card] = parse("<details><summary>Is base64 encryption?</summary>\nNo, an encoding.\n</details>\n");
    expect(card).toMatchObject({ kind: "qa", front: "Is base64 encryption?", back: "No, an encoding." });
  });
});

describe("list cards", () => {
  it("reads a heading or lead-in ending in ? or : over a short parallel list", () => {
    const cards = parse("What does Kubernetes offer?\n- High availability\n- Scalability\n- Disaster recovery\n\nThe parts are:\n- kubelet\n- kube-proxy\n");
    expect(cards.map((card) => [card.kind, card.front, card.items])).toEqual([
      ["list", "What does Kubernetes offer?", ["High availability", "Scalability", "Disaster recovery"]],
      ["list", "The parts are", ["kubelet", "kube-proxy"]],
    ]);
  });

  it("takes the lead-in from the last line of a paragraph, keeping the lines before it", () => {
    const cards = parse("Pod: the smallest unit\nThe key features are:\n- HA\n- scaling\n");
    expect(cards.map((card) => [card.kind, card.front, card.source.line])).toEqual([
      ["basic", "Pod", 1],
      ["list", "The key features are", 2],
    ]);
  });

  it("does not make a list card of one item or of more than eight", () => {
    expect(parse("Parts:\n- kubelet\n").every((card) => card.kind !== "list")).toBe(true);
    const nine = Array.from({ length: 9 }, (_, i) => `- item ${i}`).join("\n");
    expect(parse(`What are they?\n${nine}\n`).map((card) => card.kind)).toEqual(["qa"]);
  });
});

describe("cloze cards", () => {
  it("makes one card per cN, hides only that deletion, and shows the hint", () => {
    const cards = parse("{{c1::etcd}} stores state; the {{c2::API server::a component}} talks to {{c1::it}}.\n");
    expect(cards.map((card) => card.front)).toEqual(["[…] stores state; the API server talks to […].", "etcd stores state; the [a component] talks to it."]);
    expect(cards[0]?.back).toBe("**etcd** stores state; the **API server** talks to **it**.");
    expect(cards[0]?.clozes).toMatchObject({ hide: 1, deletions: [{ index: 1, answer: "etcd" }, { index: 2, answer: "API server", hint: "a component" }, { index: 1, answer: "it" }] });
    expect(new Set(cards.map((card) => card.noteId)).size).toBe(1);
    expect(renderCloze("{{c1::a}} {{c2::b}}", 2)).toBe("a […]");
  });
});

describe("mcq cards", () => {
  it("reads a quiz block with options, answer index and explanation", () => {
    const [card] = parse("```quiz\nquestion: Which picks a node?\noptions: [kubelet, kube-scheduler]\nanswer: kube-scheduler\nexplanation: It binds Pods.\n```\n");
    expect(card).toMatchObject({ kind: "mcq", front: "Which picks a node?", options: ["kubelet", "kube-scheduler"], answer: 1, explanation: "It binds Pods." });
  });

  it.each([
    ["question: Q?\noptions: [a, b]\nanswer: c\n", /not one of the options/],
    ["question: Q?\noptions: [a]\nanswer: a\n", /at least 2 options/],
    ["options: [a, b]\nanswer: a\n", /missing question/],
    ["question: [unclosed\n", /invalid YAML/],
    ["question: Q?\noptions: [a, b]\nanswer: a\ncolour: red\n", /unknown key "colour"/],
  ])("reports a broken quiz block: %j", (yaml, message) => {
    const result = parseNotes(`# T\n\n\`\`\`quiz\n${yaml}\`\`\`\n`, { file: "t.md" });
    expect(result.cards).toEqual([]);
    expect(result.issues).toEqual([expect.objectContaining({ severity: "error", code: "quiz", message: expect.stringMatching(message) })]);
    expect(result.issues[0]?.line).toBeGreaterThanOrEqual(3);
  });
});

describe("tags and topics", () => {
  it("takes trailing #tags from the card line and its headings, and front-matter tags", () => {
    const [card] = parse("---\ntags: [k8s]\n---\n# Basics #core\n## Pods\n- **Pod** - smallest unit #exam\n");
    expect(card).toMatchObject({ front: "Pod", back: "smallest unit", topic: ["Basics", "Pods"], tags: ["k8s", "core", "exam"] });
  });

  it("reads the front matter into meta and reports unknown keys", () => {
    const result = parseNotes("---\ntitle: Pods\ndescription: All about Pods\ntopics: [pods]\ntags: [a]\nauthor: me\n---\n- **Pod** - x y\n", { file: "d.md" });
    expect(result.meta).toEqual({ title: "Pods", description: "All about Pods", topics: ["pods"], tags: ["a"] });
    expect(result.issues).toEqual([expect.objectContaining({ code: "unknown-key", severity: "warning", line: 6, message: expect.stringContaining('"author"') })]);
  });
});

describe("the one kind rule (issue 17, item 8)", () => {
  const short = "- watches Services\n- programs iptables rules\n- forwards traffic\n";
  const long = "- it watches every Service and EndpointSlice object through the API server and keeps a local cache of them\n- it programs iptables or IPVS rules on the node it runs on, one chain per Service port and backend\n";
  it.each([
    ["a question heading", `## What does kube-proxy do?\n${short}`],
    ["a question line", `What does kube-proxy do?\n${short}`],
    ["a question bullet", `- What does kube-proxy do?\n  ${short.replace(/\n(?=.)/g, "\n  ")}`],
    ["a lead-in line", `kube-proxy duties:\n${short}`],
    ["a heading", `## kube-proxy duties\n${short}`],
    ["a term line", `kube-proxy duties\n${short}`],
  ])("makes a list card from %s over a short list", (_name, text) => {
    expect(parse(text).map((card) => card.kind)).toEqual(["list"]);
  });

  it.each([
    ["a question heading", `## What does kube-proxy do?\n${long}`, "qa"],
    ["a question line", `What does kube-proxy do?\n${long}`, "qa"],
    ["a heading", `## kube-proxy\n${long}`, "basic"],
    ["a heading over a paragraph", "## kube-proxy\nIt programs the node's packet rules.\n", "basic"],
    ["a question heading over a paragraph", "## What does kube-proxy do?\nIt programs the node's packet rules.\n", "qa"],
  ])("makes a qa or basic card from %s over anything else", (_name, text, kind) => {
    expect(parse(text).map((card) => card.kind)).toEqual([kind]);
  });
});
