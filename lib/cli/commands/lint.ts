/**
 * `kubedeck lint [PATH…]` (default `content/`): checks decks (and every other kind of content that
 * has a checker in lib/lint/*-checks.ts). Directories are walked for `*.md`; README.md files are
 * documentation and skipped.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { relative, resolve } from "node:path";
import { EXIT_USAGE, type CliCommand } from "../command";
import { walkMarkdown as walk } from "../walk-markdown";
import { formatFinding, runLint } from "../../lint/run-lint";
import type { LintChecker, LintFile } from "../../lint/types";

const LINT_DIR = new URL("../../lint/", import.meta.url);

const USAGE = `Usage: npx kubedeck lint [PATH…]

Checks content files (default: content/). Directories are walked for *.md (README.md is skipped).
Decks: unknown front-matter keys, empty cards, broken quiz blocks, duplicate fronts and ids.
Prints file:line: message (file:line: warning: message for warnings).
Exit codes: 0 no errors, 1 errors found, 2 usage error (missing path).`;

function isChecker(value: unknown): value is LintChecker {
  if (typeof value !== "object" || value === null) return false;
  const candidate = value as Partial<LintChecker>;
  return typeof candidate.id === "string" && typeof candidate.check === "function" && typeof candidate.claims === "function";
}

export async function loadCheckers(): Promise<LintChecker[]> {
  const files = readdirSync(LINT_DIR).filter((file) => /-checks\.ts$/.test(file)).sort();
  const loaded: LintChecker[] = [];
  for (const file of files) {
    const value: unknown = (await import(new URL(file, LINT_DIR).href)).checker;
    if (!isChecker(value)) throw new Error(`lib/lint/${file} does not export \`checker: LintChecker\``);
    loaded.push(value);
  }
  return loaded;
}

export const command: CliCommand = {
  name: "lint",
  summary: "Check decks (and other content) for errors: prints file:line: message.",
  usage: USAGE,
  run: async (args, io) => {
    const unknown = args.find((arg) => arg.startsWith("-"));
    if (unknown) {
      io.stderr(`kubedeck lint: unknown option "${unknown}"\n\n${USAGE}\n`);
      return EXIT_USAGE;
    }
    const paths = args.length > 0 ? args : ["content/"];
    const files: LintFile[] = [];
    for (const path of paths) {
      const absolute = resolve(io.cwd, path);
      try {
        statSync(absolute);
      } catch {
        io.stderr(`kubedeck lint: cannot read ${path}: no such file or directory\n`);
        return EXIT_USAGE;
      }
      for (const file of walk(absolute)) {
        files.push({ path: relative(io.cwd, file) || file, text: readFileSync(file, "utf8") });
      }
    }
    const findings = await runLint(files, await loadCheckers());
    for (const finding of findings) io.stdout(`${formatFinding(finding)}\n`);
    const errors = findings.filter((finding) => finding.severity === "error").length;
    const warnings = findings.length - errors;
    io.stderr(`${files.length} file${files.length === 1 ? "" : "s"} checked: ${errors} error${errors === 1 ? "" : "s"}, ${warnings} warning${warnings === 1 ? "" : "s"}\n`);
    return errors > 0 ? 1 : 0;
  },
};
