/**
 * What a server refuses of a deck or scenario file (lib/validations/authoring.ts), found before
 * `kubedeck push` sends it: over 100 KB, or past the reading-cost limit (lib/notes/reading-cost.ts).
 */
import { readingCost } from "../notes/reading-cost";
import { MAX_DECK_MARKDOWN_BYTES } from "../validations/authoring";
import { readingCostMessage } from "../validations/reading-cost";
import type { LintFile, LintFinding } from "./types";

export function documentLimitFindings(file: LintFile): LintFinding[] {
  const bytes = new TextEncoder().encode(file.text).length;
  if (bytes > MAX_DECK_MARKDOWN_BYTES) {
    const message = `${Math.ceil(bytes / 1000)} KB: a server takes ${MAX_DECK_MARKDOWN_BYTES / 1000} KB at most. Split the file, for example at a heading.`;
    return [{ file: file.path, line: 1, severity: "error", rule: "limits/size", message }];
  }
  const { lineOverLimit } = readingCost(file.text);
  if (lineOverLimit === null) return [];
  return [{ file: file.path, line: lineOverLimit, severity: "error", rule: "limits/reading-cost", message: readingCostMessage(lineOverLimit, "Split the file, for example at a heading.") }];
}
