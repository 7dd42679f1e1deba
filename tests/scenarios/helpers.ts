/** Loading the built-in scenarios and grading answers against them, for the scenario tests. */
import { readFileSync } from "node:fs";
import { expect } from "vitest";
import { gradeScenario, parseScenario, type GradeResult, type Scenario } from "@/lib/scenarios";

const cache = new Map<string, Scenario>();

export function loadScenario(id: string): Scenario {
  const cached = cache.get(id);
  if (cached) return cached;
  const file = `content/scenarios/${id}.md`;
  const { scenario, issues } = parseScenario(readFileSync(file, "utf8"), file);
  expect(issues).toEqual([]);
  if (!scenario) throw new Error(`${file} does not parse`);
  cache.set(id, scenario);
  return scenario;
}

export function grade(id: string, text: string, seed = 1): GradeResult {
  return gradeScenario(loadScenario(id), [{ file: "answer.yaml", text }], { seed, picture: false });
}

export function gradeFiles(files: { file: string; text: string }[], id = "config-and-secret", seed = 1): GradeResult {
  return gradeScenario(loadScenario(id), files, { seed, picture: false });
}

/** Asserts the answer passes every check, showing the failures when it does not. */
export function expectPass(result: GradeResult): void {
  const failed = result.checks.filter((c) => !c.passed).map((c) => `${c.id}: ${c.message}`);
  expect({ errors: result.errors.map((e) => e.message), failed }).toEqual({ errors: [], failed: [] });
  expect(result.passed).toBe(true);
}

/** Asserts check `id` fails with a message containing every given fragment. */
export function expectFail(result: GradeResult, id: string, ...fragments: string[]): void {
  const check = result.checks.find((c) => c.id === id);
  expect(check, `no check ${id}`).toBeDefined();
  expect(check?.passed, check?.message).toBe(false);
  for (const f of fragments) expect(check?.message).toContain(f);
  expect(result.passed).toBe(false);
}

/** A solution's text from the scenario (its first file), to derive variants from. */
export function solutionText(id: string, index = 0): string {
  return `${loadScenario(id).solutions[index]?.files.map((f) => f.text.trimEnd()).join("\n---\n") ?? ""}\n`;
}
