/**
 * Turns the `yaml` library's parse errors into the plain explanations a learner needs, keeping
 * kubectl's own phrase ("mapping values are not allowed in this context") where it has one.
 */
import type { YAMLError } from "yaml";

export interface ExplainedYamlError {
  line: number;
  column: number;
  message: string;
}

const PREFIX = "YAML syntax error";

function keyAt(text: string, offset: number): string {
  const match = /^["']?([^"':\n]+)/.exec(text.slice(offset, offset + 200));
  return match?.[1]?.trim() ?? "";
}

function firstLineOfKey(text: string, before: number, key: string): number | undefined {
  if (key === "") return undefined;
  const head = text.slice(0, before);
  const lines = head.split("\n");
  for (let i = lines.length - 2; i >= 0; i--) {
    const line = lines[i] ?? "";
    if (new RegExp(`^\\s*(- )?["']?${key.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}["']?\\s*:`).test(line)) return i + 1;
  }
  return undefined;
}

interface Explanation {
  message: string;
  /** a better line than where the library stopped, when the cause is elsewhere */
  line?: number;
}

function explainOne(error: YAMLError, text: string, all: readonly YAMLError[]): Explanation | string | undefined {
  const start = error.linePos?.[0];
  switch (error.code) {
    case "TAB_AS_INDENT":
      return `${PREFIX}: found a tab character used for indentation; YAML allows only spaces for indentation. Replace the tab with spaces (2 per level is usual).`;
    case "DUPLICATE_KEY": {
      const key = keyAt(text, error.pos[0]);
      const first = firstLineOfKey(text, error.pos[0], key);
      const where = first === undefined ? "" : ` (first at line ${first})`;
      return `${PREFIX}: mapping key "${key}" already defined${where}. A field may appear only once in the same object; keep one and delete the other.`;
    }
    case "BLOCK_AS_IMPLICIT_KEY":
    case "MULTILINE_IMPLICIT_KEY": {
      const multiline = all.find((e) => e.code === "MULTILINE_IMPLICIT_KEY" && e.pos[0] === error.pos[0]);
      if (error.code === "BLOCK_AS_IMPLICIT_KEY" && multiline) return undefined; // reported once, by the pair's other half
      if (multiline) {
        const next = multiline.linePos?.[1]?.line ?? (start ? start.line + 1 : 0);
        return {
          line: next,
          message: `${PREFIX}: mapping values are not allowed in this context. Line ${next} is indented deeper than the line above it, so YAML reads it as part of that line's value. Indent it with the same number of spaces as the key it belongs beside.`,
        };
      }
      return `${PREFIX}: mapping values are not allowed in this context. A value contains ": " (colon and space), which YAML reads as the start of another key; put the value in quotes, e.g. key: "a: b".`;
    }
    case "BAD_INDENT":
      return `${PREFIX}: bad indentation. ${plain(error.message)} Check that this line uses the same number of spaces as its sibling fields and that every { [ or quote is closed.`;
    case "MISSING_CHAR":
      return `${PREFIX}: ${plain(error.message)}. Close the quote or bracket that was opened before this point.`;
    case "UNEXPECTED_TOKEN":
      return `${PREFIX}: did not find expected key. ${plain(error.message)}. This usually means a line is indented wrongly or a list item "- " is missing or misplaced.`;
    case "BAD_ALIAS":
      return `${PREFIX}: ${plain(error.message)}. An alias (*name) must refer to an anchor (&name) defined earlier in the same document.`;
    default:
      return `${PREFIX}: ${plain(error.message)}.`;
  }
}

/** The message without the library's own "at line N, column M:" and source excerpt. */
function plain(message: string): string {
  const cut = message.search(/ at line \d+, column \d+/);
  return (cut === -1 ? message : message.slice(0, cut)).trim();
}

const TEMPLATE_HINT = " This file contains {{ … }} template expressions (Helm or another templating tool): render it first (e.g. helm template) and apply the output.";

/** `templated`: the file holds a template placeholder (find-template.ts), found once per file, not once per broken document. */
export function explainYamlErrors(errors: readonly YAMLError[], text: string, templated: boolean): ExplainedYamlError[] {
  const out: ExplainedYamlError[] = [];
  const hint = templated ? TEMPLATE_HINT : "";
  for (const error of errors) {
    const explained = explainOne(error, text, errors);
    if (explained === undefined) continue;
    const start = error.linePos?.[0];
    if (typeof explained === "string") {
      out.push({ line: start?.line ?? 1, column: start?.col ?? 1, message: explained + hint });
    } else {
      const moved = explained.line !== undefined && explained.line !== start?.line;
      out.push({ line: explained.line ?? start?.line ?? 1, column: moved ? 1 : (start?.col ?? 1), message: explained.message + hint });
    }
  }
  return out;
}
