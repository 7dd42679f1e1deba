/** Issue 17: the shapes of learners' notes that failed, one test per item of the issue. */
import { describe, expect, it } from "vitest";
import { parseNotes, type Card } from "@/lib/notes";

const parse = (text: string): Card[] => parseNotes(text, { file: "t.md", deckId: "t" }).cards;
const fronts = (text: string): string[] => parse(text).map((card) => card.front);

describe("issue 17: notes learners really write", () => {
  it("1. keeps a section's card when it holds a `Label:` line or a definition of another term", () => {
    const cards = parse("## Types\n\n### ClusterIP\nPurpose: reach pods inside the cluster\nIt is the default type.\n\n### NodePort\nPurpose: open a port on every node\n");
    expect(cards.map((card) => [card.front, card.back])).toEqual([
      ["ClusterIP", "Purpose: reach pods inside the cluster It is the default type."],
      ["NodePort", "Purpose: open a port on every node"],
    ]);
    const services = parse("# Services\nServices give a set of Pods one stable name and IP.\nEndpoints = the Pod IPs behind a Service.\n\nThey select Pods by label.\n\n## Types\n- **NodePort** — a port on every node\n");
    expect(services.map((card) => card.front)).toEqual(["Services", "Endpoints", "NodePort"]);
    expect(services[0]?.back).toContain("They select Pods by label.");
  });

  it("2. reads lines without blank lines between them one by one", () => {
    const cards = parse("node parts\nKubelet\nagent on every node that starts the containers\nKube-proxy\nmaintains the network rules for Services\n");
    expect(cards.map((card) => [card.front, card.back, card.topic])).toEqual([
      ["Kubelet", "agent on every node that starts the containers", ["node parts"]],
      ["Kube-proxy", "maintains the network rules for Services", ["node parts"]],
    ]);
    expect(fronts("etcd stores the cluster state as key-value pairs\nkube-scheduler picks a node for each new Pod\n")).toEqual(["etcd", "kube-scheduler"]);
  });

  it("3. takes definitions written without `:`, `-` or `=`", () => {
    expect(fronts("CNI is the interface Kubernetes calls to set up Pod networking.\n")).toEqual(["CNI"]);
    expect(fronts("`matchExpressions` used to define rules with In, NotIn and Exists.\n")).toEqual(["`matchExpressions`"]);
    expect(fronts("Preemption means evicting lower-priority Pods to make room.\n")).toEqual(["Preemption"]);
    expect(fronts("A PodDisruptionBudget lets you limit voluntary disruptions.\n")).toEqual(["PodDisruptionBudget"]);
    expect(fronts("`ClusterIP` (default) gives a virtual IP reachable inside the cluster.\n")).toEqual(["`ClusterIP`"]);
    expect(parse("The container keeps exiting. Then the kubelet restarts it.\n")).toEqual([]);
  });

  it("4. does not split at a comma, at `kind:` in prose or at a verb in mid-sentence, and never takes NOTE, See or Bkz as terms", () => {
    expect(fronts("misc\nkubectl apply creates or updates objects from a file, kind: Deployment picks the type\n")).toEqual(["kubectl apply"]);
    expect(parse("NOTE: back up etcd first.\n\nSee: the official docs\n\nBkz: resmi belgeler\n\nSiehe auch: die Doku\n")).toEqual([]);
    expect(parse("Similar to ConfigMaps but are used to store secrets.\n")).toEqual([]);
  });

  it("5. keeps long question headings, joins a heading wrapped onto the next line and reads an HTML <h1>", () => {
    const long = "When the rollout of a Deployment seems stuck for a long time and the new Pods never become ready, what should you look at first?";
    expect(parse(`## ${long}\nThe readiness probe and the Pod's events.\n`).map((card) => [card.kind, card.front])).toEqual([["qa", long]]);
    expect(fronts("## Why does a Service with a selector have no\nendpoints?\nThe Pods are not Ready.\n")).toEqual(["Why does a Service with a selector have no endpoints?"]);
    expect(parse("<h1>Week 3</h1>\n\n## Rollout\nReplaces Pods step by step.\n").map((card) => card.topic)).toEqual([["Week 3"]]);
  });

  it("6. makes no card from lab steps, transcripts, images or HTML", () => {
    const lab = [
      "## Lab", "1. Create a cluster with `kind create cluster`.", "2. Apply the manifest.", "",
      "## Output", "```", "NAME READY STATUS", "web 1/1 Running", "```", "",
      "## Slides", '<a href="https://example.com"><img src="s.png"></a>', "",
      "## Checking pods", "```console", "$ kubectl get pods", "web-1 1/1 Running", "```", "![pods](pods.png)", "",
    ].join("\n");
    expect(parse(lab)).toEqual([]);
    expect(fronts("## Undo a rollout\nRun the undo command:\n\n```bash\nkubectl rollout undo deploy/web\n```\n")).toEqual(["Undo a rollout"]);
  });

  it("7. makes cards of names each described by a nested bullet", () => {
    const cards = parse("## Reclaim policy\n- Retain\n  - keeps the volume and its data\n- Delete\n  - removes the volume with the claim\n");
    expect(cards.map((card) => [card.front, card.back])).toEqual([
      ["Retain", "keeps the volume and its data"],
      ["Delete", "removes the volume with the claim"],
    ]);
  });

  it("9. reads notes in Spanish, German, French, Portuguese and Turkish with CRLF line ends", () => {
    const notes = [
      "## ¿Qué es un Pod?", "La unidad más pequeña que se despliega.", "",
      "CoreDNS es el servidor DNS del clúster.", "",
      "Ein StatefulSet wird verwendet, um zustandsbehaftete Anwendungen zu betreiben.", "",
      "Le Secret sert à stocker des données sensibles.", "",
      "P: O que é um Job?", "R: Executa Pods até terminarem com sucesso.", "",
      "emptyDir, Pod silinince silinen geçici bir dizindir.", "",
      "Kubelet her node uzerinde calisan ajandir.", "",
    ].join("\r\n");
    expect(fronts(notes)).toEqual(["¿Qué es un Pod?", "CoreDNS", "StatefulSet", "Secret", "O que é um Job?", "emptyDir", "Kubelet"]);
  });
});
