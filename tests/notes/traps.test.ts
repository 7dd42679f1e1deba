/** The traps listed in issue 3: never junk, and messy input still read the way its author meant. */
import { describe, expect, it } from "vitest";
import { parseNotes, prepareText, type Card } from "@/lib/notes";

const parse = (text: string): Card[] => parseNotes(text, { file: "t.md", deckId: "t" }).cards;

describe("no junk", () => {
  it.each([
    ["an empty definition", "- **Deployment** - \n- **StatefulSet** -\n- DaemonSet:\n"],
    ["a heading with nothing under it", "# Topic\n## Deployment\n## Job\n"],
    ["a placeholder", "## ??? later\n\nQ: ??? later\nA: ???\n"],
    ["a bare link", "## Docs\n[Kubernetes docs](https://kubernetes.io/docs/)\n"],
    ["a bare image", "## Architecture\n![diagram](arch.png)\n"],
    ["a code block on its own", "```yaml\napiVersion: v1\nkind: Pod\n```\n\n    kubectl get pods\n"],
    ["front matter", "---\ntitle: Pods\ndescription: Pod: the smallest unit\n---\n"],
    ["a generic heading", "## Overview\nThis part gives an overview.\n"],
    ["a link heading over HTML line breaks", "### [Read the docs](https://example.com)\n\n<br/>\n<br/>\n"],
    ["an admonition", "**Note:** remember to apply the manifest.\n\n- **Tip** - use `kubectl explain`\n"],
    ["a verb phrase before a comma", "- Supports parsing, modifying and writing YAML\n"],
    ["a todo line over a list", "todo: read about helm\n\n- helm charts\n- helm repos\n"],
    ["ordinary prose about a thing", "The container keeps exiting. Then the kubelet restarts it.\n\nThe master node runs things.\n"],
  ])("makes no card from %s", (_name, text) => {
    expect(parse(text)).toEqual([]);
  });

  it("reports empty definitions as warnings with their line", () => {
    const { issues } = parseNotes("# T\n- **Deployment** - \n", { file: "t.md" });
    expect(issues).toEqual([{ file: "t.md", line: 2, severity: "warning", code: "empty-card", message: 'empty definition for "Deployment": no card made' }]);
  });
});

describe("messy input", () => {
  it("handles CRLF, tabs and non-breaking spaces", () => {
    const cards = parse("# K8s\r\n- **Pod** -\u00a0smallest unit\r\n\t- wraps containers\r\n");
    expect(cards).toEqual([expect.objectContaining({ front: "Pod", back: "smallest unit\n\n- wraps containers", source: { file: "t.md", line: 2 } })]);
  });

  it("keeps <br> as a line break in the back and a space in the front", () => {
    const [card] = parse("| Term | Meaning |\n|---|---|\n| Node<br>(worker) | runs Pods<br>and reports status |\n");
    expect(card).toMatchObject({ front: "Node (worker)", back: "runs Pods  \nand reports status" });
  });

  it("reads *, - and + bullets and nested bullets", () => {
    const cards = parse("* **Pod** - a\n  + wraps containers\n- **Node** - b\n+ **Etcd** - c\n");
    expect(cards.map((card) => [card.front, card.back])).toEqual([["Pod", "a\n\n+ wraps containers"], ["Node", "b"], ["Etcd", "c"]]);
  });

  it("joins wrapped lines", () => {
    const [card] = parse("- Pod: an abstraction over a container, and the smallest\n  deployable unit in k8s.\n");
    expect(card?.back).toBe("an abstraction over a container, and the smallest deployable unit in k8s.");
  });

  it("keeps the author's words, typos included", () => {
    expect(parse("- **Scalibility** - high performence\n")[0]).toMatchObject({ front: "Scalibility", back: "high performence" });
  });

  it("reads text that is not English", () => {
    expect(parse("## Was speichert etcd?\nDen Zustand des Clusters.\n\n- **Knoten** – eine Maschine\n- 节点：工作机器\n").map((card) => card.front)).toEqual([
      "Was speichert etcd?",
      "Knoten",
    ]);
  });

  it("reads headings with trailing colons and question marks after a space", () => {
    expect(parse("### Pod:\nSmallest unit.\n\n## What does it offer ?\n- HA\n- scaling\n").map((card) => card.front)).toEqual(["Pod", "What does it offer?"]);
  });

  it("reads a long sentence written as a heading as prose of the heading above", () => {
    const [card] = parse("## Architecture\n\n### K8s has master and worker nodes. Workers host the pods\n\n## Next\n");
    expect(card).toMatchObject({ front: "Architecture", back: "K8s has master and worker nodes. Workers host the pods" });
  });
});

describe("plain-text notes", () => {
  it("recovers a four-space outline instead of reading it as code", () => {
    const text = "Core components\n    - Node and Pods\n        - Node is a simple server\n        - Pod, smallest unit of K8s\n    - ConfigMap: external configuration\n";
    expect(prepareText(text).split("\n")).toEqual(["Core components", "- Node and Pods", "  - Node is a simple server", "  - Pod, smallest unit of K8s", "- ConfigMap: external configuration", ""]);
    expect(parse(text).map((card) => [card.front, card.topic.join(" > ")])).toEqual([
      ["Node", "Core components > Node and Pods"],
      ["Pod", "Core components > Node and Pods"],
      ["ConfigMap", "Core components"],
    ]);
  });

  it("keeps a real indented code block as code", () => {
    const text = "Example:\n\n    kubectl get pods -o wide\n    kubectl describe pod web-0\n";
    expect(prepareText(text)).toBe(text);
  });

  it("reads ==> lead-ins and > lines as a list", () => {
    const cards = parse("==> What do orchestration tools offer ?\n\n> High availability\n> Scalability\n> Disaster recovery: backup\n");
    expect(cards).toEqual([expect.objectContaining({ kind: "list", front: "What do orchestration tools offer?", items: ["High availability", "Scalability", "Disaster recovery: backup"] })]);
  });

  it("keeps line numbers of the original file", () => {
    const cards = parse("Title\n\nStorage:\n    - PersistentVolume: a piece of storage\n    - StorageClass: a kind of storage\n");
    expect(cards.map((card) => card.source.line)).toEqual([4, 5]);
  });
});
