/**
 * Rules that fire on a correct cluster are defects: no warning-level problem on any of the
 * Kubernetes website's examples (each file applied alone, as the corpus test applies it), nor on
 * any scenario's reference solution applied over its starting cluster (command sequences replayed at
 * the shell first, as a command task is graded).
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { createCluster } from "@/lib/cluster/cluster";
import { gradeWithCommands, parseScenario } from "@/lib/scenarios";

const CORPUS = join(import.meta.dirname, "../../../../shared/corpus/k8s-website-examples");
const SCENARIOS = join(import.meta.dirname, "../../../content/scenarios");

function files(dir: string): string[] {
  return readdirSync(dir).sort().flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : [p];
  });
}

describe.skipIf(!existsSync(CORPUS))("diagnosis on the website examples", () => {
  it("reports no warning on any example", () => {
    const warnings: string[] = [];
    for (const path of files(CORPUS)) {
      const file = relative(CORPUS, path);
      const c = createCluster();
      c.apply([{ file, text: readFileSync(path, "utf8") }]);
      c.settle();
      for (const p of c.diagnose()) if (p.severity === "warning") warnings.push(`${file}: ${p.id}: ${p.message}`);
    }
    expect(warnings).toEqual([]);
  });
});

describe("diagnosis on the scenarios' reference solutions", () => {
  const scenarios = readdirSync(SCENARIOS).filter((f) => f.endsWith(".md") && f !== "README.md").sort();
  it("has scenarios", () => expect(scenarios.length).toBeGreaterThan(5));
  for (const name of scenarios) {
    it(`${name}: no warning and no error`, () => {
      const file = join(SCENARIOS, name);
      const { scenario } = parseScenario(readFileSync(file, "utf8"), file);
      if (!scenario) throw new Error(`${name} does not parse`);
      for (const solution of scenario.solutions) {
        const files = solution.files.map((b) => ({ file: b.file, text: b.text }));
        const { errors, problems = [] } = gradeWithCommands(scenario, { files, commands: solution.commands ?? [] }, { seed: 1, picture: false });
        expect(errors).toEqual([]);
        const found = problems.filter((p) => p.severity !== "info").map((p) => `${solution.title}: ${p.severity} ${p.id} ${p.object}: ${p.message}`);
        expect(found).toEqual([]);
      }
    });
  }
});
