/** Dispatches files to checkers and formats findings as `file:line: message`. Pure. */
import type { LintChecker, LintFile, LintFinding } from "./types";

export function assignFiles(files: readonly LintFile[], checkers: readonly LintChecker[]): Map<LintChecker, LintFile[]> {
  const assigned = new Map<LintChecker, LintFile[]>(checkers.map((checker) => [checker, []]));
  const fallback = checkers.find((checker) => checker.fallback);
  for (const file of files) {
    const path = file.path.replace(/\\/g, "/");
    const owner = checkers.find((checker) => !checker.fallback && checker.claims(path)) ?? fallback;
    if (owner) assigned.get(owner)?.push(file);
  }
  return assigned;
}

export async function runLint(files: readonly LintFile[], checkers: readonly LintChecker[]): Promise<LintFinding[]> {
  const findings: LintFinding[] = [];
  for (const [checker, owned] of assignFiles(files, checkers)) {
    if (owned.length > 0) findings.push(...(await checker.check(owned)));
  }
  return findings.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.message.localeCompare(b.message));
}

export function formatFinding(finding: LintFinding): string {
  const level = finding.severity === "warning" ? "warning: " : "";
  return `${finding.file}:${finding.line}: ${level}${finding.message}`;
}
