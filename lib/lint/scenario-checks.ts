/**
 * Lint for scenario quizzes (`content/scenarios/*.md`) and predict-the-outcome quizzes
 * (`content/scenarios/predict/*.md`): they parse, reference solutions pass, known-wrong answers fail
 * the check they name, and the engine computes an answer for every prediction.
 */
import { verifyScenario } from "../scenarios/verify-scenario";
import type { LintChecker, LintFile, LintFinding } from "./types";

const baseName = (path: string): string => (path.split("/").pop() ?? path).replace(/\.md$/i, "");

export function checkScenarios(files: readonly LintFile[]): LintFinding[] {
  const findings: LintFinding[] = [];
  const ids = new Map<string, string>();
  for (const file of files) {
    const path = file.path.replace(/\\/g, "/");
    const found = verifyScenario(file.text, file.path, baseName(path));
    findings.push(...found.map((f): LintFinding => ({ file: f.file, line: f.line, severity: "error", message: f.message, rule: f.rule })));
    const other = ids.get(baseName(path));
    if (other) findings.push({ file: file.path, line: 1, severity: "error", rule: "scenario/duplicate-id", message: `scenario id "${baseName(path)}" is also used by ${other}` });
    else ids.set(baseName(path), file.path);
  }
  return findings;
}

export const checker: LintChecker = {
  id: "scenarios",
  description: "scenario quizzes: format, reference solutions pass, known-wrong answers fail the check they name",
  claims: (path) => /(^|\/)scenarios\/[^/]+\.md$/i.test(path),
  check: checkScenarios,
};
