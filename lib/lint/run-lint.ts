/** Dispatches files to checkers and formats findings as `file:line: message`. Pure. */
import type { LintChecker, LintFile, LintFinding } from "./types";

/**
 * Each file goes to the first specific checker that claims it, else to the fallback checker if it
 * claims it too; files nobody takes are returned under `null` (reported as unchecked).
 */
export function assignFiles(files: readonly LintFile[], checkers: readonly LintChecker[]): Map<LintChecker | null, LintFile[]> {
  const assigned = new Map<LintChecker | null, LintFile[]>([...checkers.map((checker): [LintChecker, LintFile[]] => [checker, []]), [null, []]]);
  const fallback = checkers.find((checker) => checker.fallback);
  for (const file of files) {
    const path = file.path.replace(/\\/g, "/");
    const owner = checkers.find((checker) => !checker.fallback && checker.claims(path)) ?? (fallback?.claims(path) ? fallback : null);
    assigned.get(owner)?.push(file);
  }
  return assigned;
}

export async function runLint(files: readonly LintFile[], checkers: readonly LintChecker[]): Promise<LintFinding[]> {
  const findings: LintFinding[] = [];
  for (const [checker, owned] of assignFiles(files, checkers)) {
    if (checker === null) {
      findings.push(...owned.map((file): LintFinding => ({ file: file.path, line: 1, severity: "warning", rule: "lint/unchecked", message: "no lint checker handles this kind of file yet" })));
      continue;
    }
    if (owned.length > 0) findings.push(...(await checker.check(owned)));
  }
  return findings.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.message.localeCompare(b.message));
}

export function formatFinding(finding: LintFinding): string {
  const level = finding.severity === "warning" ? "warning: " : "";
  return `${finding.file}:${finding.line}: ${level}${finding.message}`;
}
