/**
 * Diagnosis goldens: each folder under golden/ holds `input.yaml`, applied to a fresh default
 * cluster and settled, and `expected.txt`: the PROBLEMS section `kubedeck apply` prints. Each
 * expectation was written from what a real cluster does and silently leaves wrong. Regenerate with
 * `UPDATE_GOLDEN=1 npx vitest run tests/cluster/diagnose`, then review the diff by eye.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createCluster } from "@/lib/cluster/cluster";
import { formatProblems } from "@/lib/cluster/diagnose/diagnose";

const ROOT = join(import.meta.dirname, "golden");

describe("diagnosis goldens: input.yaml → PROBLEMS", () => {
  const cases = readdirSync(ROOT).filter((d) => existsSync(join(ROOT, d, "input.yaml"))).sort();
  it("has cases", () => expect(cases.length).toBeGreaterThan(5));
  for (const name of cases) {
    it(name, () => {
      const cluster = createCluster();
      const { errors } = cluster.apply([{ file: "input.yaml", text: readFileSync(join(ROOT, name, "input.yaml"), "utf8") }]);
      expect(errors).toEqual([]);
      cluster.settle();
      const actual = `${formatProblems(cluster.diagnose())}\n`;
      const expectedFile = join(ROOT, name, "expected.txt");
      if (process.env.UPDATE_GOLDEN === "1") writeFileSync(expectedFile, actual);
      expect(actual).toBe(readFileSync(expectedFile, "utf8"));
    });
  }
});
