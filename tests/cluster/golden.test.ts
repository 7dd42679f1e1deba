/**
 * Golden tests: each folder under golden/ holds `input.yaml` (applied to a fresh default cluster,
 * then settled), optionally `steps.json` (operations applied afterwards, in order), and
 * `expected.txt`: what `kubectl get` and `kubectl get events` would print. Every expected.txt was
 * reviewed by eye against what a real cluster shows. Regenerate with
 * `UPDATE_GOLDEN=1 npx vitest run tests/cluster/golden.test.ts`, then review the diff.
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createCluster, type Cluster } from "@/lib/cluster/cluster";
import { render } from "./helpers";

const ROOT = join(import.meta.dirname, "golden");

type Step =
  | { op: "apply"; file: string }
  | { op: "advance"; seconds: number }
  | { op: "settle" }
  | { op: "setLoad"; namespace: string; kind: string; name: string; percent: number }
  | { op: "delete"; kind: string; namespace?: string; name: string }
  | { op: "failNode" | "recoverNode" | "cordon" | "drain"; node: string }
  | { op: "addNode" }
  | { op: "scale"; kind: string; namespace: string; name: string; replicas: number };

function run(dir: string): string {
  const cluster: Cluster = createCluster();
  const lines: string[] = [];
  const apply = (file: string): void => {
    const { errors } = cluster.apply([{ file, text: readFileSync(join(dir, file), "utf8") }]);
    for (const e of errors) lines.push(`error ${e.file}:${e.line}:${e.column}: ${e.object}: ${e.path ? `${e.path}: ` : ""}${e.message}`);
  };
  const settle = (): void => {
    const s = cluster.settle();
    lines.push(`settle: stable=${s.stable} +${s.virtualSeconds}s${s.reason ? ` (${s.reason})` : ""}`);
  };
  apply("input.yaml");
  settle();
  const stepsFile = join(dir, "steps.json");
  const steps: Step[] = existsSync(stepsFile) ? (JSON.parse(readFileSync(stepsFile, "utf8")) as Step[]) : [];
  for (const step of steps) {
    lines.push(`> ${JSON.stringify(step)}`);
    switch (step.op) {
      case "apply": apply(step.file); settle(); break;
      case "advance": cluster.advance(step.seconds); break;
      case "settle": settle(); break;
      case "setLoad": cluster.setLoad(step.namespace, step.kind, step.name, step.percent); settle(); break;
      case "delete": cluster.delete(step.kind, step.namespace, step.name); settle(); break;
      case "failNode": cluster.failNode(step.node); settle(); break;
      case "recoverNode": cluster.recoverNode(step.node); settle(); break;
      case "cordon": cluster.cordon(step.node); settle(); break;
      case "drain": cluster.drain(step.node); settle(); break;
      case "addNode": cluster.addNode(); settle(); break;
      case "scale": cluster.scale(step.kind, step.namespace, step.name, step.replicas); settle(); break;
    }
  }
  return `${lines.join("\n")}\n\n${render(cluster)}`;
}

describe("golden: input.yaml → kubectl get / get events", () => {
  const cases = readdirSync(ROOT).filter((d) => existsSync(join(ROOT, d, "input.yaml"))).sort();
  it("has cases", () => expect(cases.length).toBeGreaterThan(10));
  for (const name of cases) {
    it(name, () => {
      const dir = join(ROOT, name);
      const actual = run(dir);
      const expectedFile = join(dir, "expected.txt");
      if (process.env.UPDATE_GOLDEN === "1") writeFileSync(expectedFile, actual);
      expect(actual).toBe(readFileSync(expectedFile, "utf8"));
    });
  }
});
