/**
 * Lint for scenario quizzes (`content/scenarios/*.md`) and predict-the-outcome quizzes
 * (`content/scenarios/predict/*.md`): they parse, reference solutions pass, known-wrong answers fail
 * the check they name, and the engine computes an answer (among the options) for every prediction.
 */
import { buildPredictDeck } from "../scenarios/predict/build-predict-cards";
import { verifyScenario } from "../scenarios/verify-scenario";
import { documentLimitFindings } from "./document-limits";
import type { LintChecker, LintFile, LintFinding } from "./types";

const baseName = (path: string): string => (path.split("/").pop() ?? path).replace(/\.md$/i, "");

const isPredict = (path: string): boolean => /(^|\/)scenarios\/predict\//.test(path.replace(/\\/g, "/"));

export function checkScenarios(files: readonly LintFile[]): LintFinding[] {
  const findings: LintFinding[] = [];
  const ids = new Map<string, string>();
  const predict = files.filter((f) => isPredict(f.path));
  const { cards, issues } = buildPredictDeck(predict.map((f) => ({ file: f.path, text: f.text })));
  findings.push(...issues.map((i): LintFinding => ({ file: i.file, line: i.line, severity: "error", message: i.message, rule: "predict/answer" })));
  const cardIds = new Map<string, string>();
  for (const card of cards) {
    const seen = cardIds.get(card.id);
    if (seen) findings.push({ file: card.source.file, line: card.source.line, severity: "error", rule: "predict/duplicate-id", message: `two questions make the card id "${card.id}" (also at ${seen}): change one title` });
    else cardIds.set(card.id, `${card.source.file}:${card.source.line}`);
  }
  for (const file of files.filter((f) => !isPredict(f.path))) {
    const path = file.path.replace(/\\/g, "/");
    findings.push(...documentLimitFindings(file));
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
  claims: (path) => /(^|\/)scenarios\/(predict\/)?[^/]+\.md$/i.test(path),
  check: checkScenarios,
};
