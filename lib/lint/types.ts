/**
 * Pluggable content lint. Each file `lib/lint/<name>-checks.ts` exports `checker: LintChecker`;
 * `npx kubedeck lint` discovers them, hands every Markdown file to the checker that claims it
 * (files nobody claims go to the fallback checker: decks), and prints the findings. Adding a
 * checker (scenarios, issue 6) means adding one file; nothing here changes.
 */

export interface LintFile {
  /** Path as shown to the user (relative to the working directory when possible). */
  path: string;
  text: string;
}

export interface LintFinding {
  file: string;
  line: number;
  severity: "error" | "warning";
  message: string;
  /** Stable rule id, e.g. "deck/duplicate-id". */
  rule: string;
}

export interface LintChecker {
  /** Short id, e.g. "decks" or "scenarios". */
  id: string;
  description: string;
  /** Whether the file (path with forward slashes) is this checker's, e.g. under `scenarios/`. */
  claims: (path: string) => boolean;
  /** Receives the files no specific checker claims, when it claims them too (one checker: decks). */
  fallback?: boolean;
  check: (files: readonly LintFile[]) => LintFinding[] | Promise<LintFinding[]>;
}
