/**
 * What lint proves about a scenario: it parses, its starting objects are accepted, every reference
 * solution passes, and every known-wrong answer fails the check it names (with the expected words).
 */
import type { ApiError } from "../cluster/admission";
import { ScenarioSetupError } from "./build-cluster";
import { gradeScenario } from "./grade-scenario";
import { gradeScripted } from "./commands/verify-commands";
import { answerLimitProblem, startingLimitProblem } from "./answer-limits";
import { parseScenario, type ParsedScenario } from "./parse-scenario";
import type { ManifestBlock, Scenario } from "./types";

export interface ScenarioFinding {
  file: string;
  line: number;
  /** Stable rule id, e.g. `scenario/solution-fails`. */
  rule: string;
  message: string;
}

/** An admission error inside a fenced block, placed on the scenario file's line. */
function placeError(scenario: Scenario, blocks: readonly ManifestBlock[], e: ApiError): { line: number; text: string } {
  const block = blocks.find((b) => b.file === e.file);
  return { line: (block?.line ?? 1) + e.line, text: `${e.object}: ${e.path ? `${e.path}: ` : ""}${e.message}` };
}

/**
 * The first starting, reference or known-wrong answer that asks more of the grader than a learner's
 * answer may (answer-limits.ts), as a finding at its line: nothing is graded then.
 */
function overAnswerLimits(scenario: Scenario, add: (line: number, rule: string, message: string) => void): boolean {
  const parts: { what: string; files: readonly ManifestBlock[]; line: number; check: typeof answerLimitProblem }[] = [
    { what: "the starting objects", files: scenario.cluster.given, line: 1, check: startingLimitProblem },
    ...scenario.solutions.map((s) => ({ what: `reference solution "${s.title}"`, files: s.files, line: s.line, check: answerLimitProblem })),
    ...scenario.wrongAnswers.map((w) => ({ what: `wrong answer "${w.title}"`, files: w.files, line: w.line, check: answerLimitProblem })),
  ];
  for (const part of parts) {
    if (part.files.length === 0) continue;
    const problem = part.check(part.files);
    if (!problem) continue;
    const block = part.files.find((b) => b.file === problem.file);
    add(block && problem.line !== undefined ? block.line + problem.line : (part.files[0]?.line ?? part.line), "scenario/too-large", `${part.what}: ${problem.message}`);
    return true;
  }
  return false;
}

export function verifyScenario(text: string, file: string, expectedId?: string): ScenarioFinding[] {
  return verifyParsedScenario(parseScenario(text, file), file, expectedId);
}

/** As verifyScenario, for a scenario already parsed (the authoring API parses it once). */
export function verifyParsedScenario({ scenario, issues }: ParsedScenario, file: string, expectedId?: string): ScenarioFinding[] {
  const findings: ScenarioFinding[] = issues.map((i) => ({ file: i.file, line: i.line, rule: "scenario/parse", message: i.message }));
  if (!scenario) return findings;
  if (expectedId !== undefined && scenario.id !== expectedId) {
    findings.push({ file, line: 2, rule: "scenario/id-file", message: `id "${scenario.id}" must match the file name (${expectedId}.md), so \`kubedeck grade ${expectedId}\` finds it` });
  }
  const add = (line: number, rule: string, message: string): void => void findings.push({ file, line, rule, message });
  if (overAnswerLimits(scenario, add)) return findings;
  try {
    for (const solution of scenario.solutions) {
      const result = solution.commands ? gradeScripted(scenario, solution, add, true) : gradeScenario(scenario, solution.files, { picture: false });
      for (const e of result.errors) {
        const placed = placeError(scenario, solution.files, e);
        add(placed.line, "scenario/solution-rejected", `reference solution "${solution.title}" is rejected: ${placed.text}`);
      }
      for (const c of result.checks.filter((x) => !x.passed)) add(solution.line, "scenario/solution-fails", `reference solution "${solution.title}" fails check ${c.id}: ${c.message}`);
    }
    for (const wrong of scenario.wrongAnswers) {
      const result = wrong.commands ? gradeScripted(scenario, wrong, add, false) : gradeScenario(scenario, wrong.files, { picture: false });
      const check = result.checks.find((c) => c.id === wrong.fails);
      if (!check) continue;
      if (check.passed) add(wrong.line, "scenario/wrong-passes", `wrong answer "${wrong.title}" passes check ${wrong.fails}, which it must fail (${check.message})`);
      else if (wrong.expect !== undefined && !check.message.includes(wrong.expect)) {
        add(wrong.line, "scenario/wrong-message", `wrong answer "${wrong.title}" fails ${wrong.fails}, but the message does not say "${wrong.expect}": ${check.message}`);
      }
    }
  } catch (e) {
    if (!(e instanceof ScenarioSetupError)) throw e;
    for (const err of e.errors) {
      const placed = placeError(scenario, scenario.cluster.given, err);
      add(placed.line, "scenario/given-rejected", `a starting object is rejected: ${placed.text}`);
    }
  }
  return findings;
}
