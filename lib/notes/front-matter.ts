/** Reads and checks a deck's YAML front matter (id, title, description, topics, tags). */
import { isMap, isScalar, LineCounter, parseDocument } from "yaml";
import type { DeckMeta, ParseIssue } from "./types";
import { frontMatterTooLong, yamlNestedTooDeep, yamlValue } from "./yaml-value";

export const FRONT_MATTER_KEYS = ["id", "title", "description", "topics", "tags"] as const;

/** A deck's own id (front matter `id:`): what `kubedeck push` and the API name it by. */
export const DECK_ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,63}$/;

function stringList(value: unknown): string[] | null {
  if (typeof value === "string") return value.split(",").map((item) => item.trim()).filter(Boolean);
  if (Array.isArray(value) && value.every((item) => typeof item === "string" || typeof item === "number")) {
    return value.map(String);
  }
  return null;
}

export function readFrontMatter(yamlText: string, file: string, line: number): { meta: DeckMeta; issues: ParseIssue[] } {
  const issues: ParseIssue[] = [];
  // Unknown keys are harmless in a learner's notes (Obsidian's `aliases`, `created`…): a warning
  // here, which lint makes an error for built-in decks.
  const problem = (message: string, code: ParseIssue["code"] = "front-matter", at = line): void => {
    issues.push({ file, line: at, severity: code === "unknown-key" ? "warning" : "error", message, code });
  };
  const tooLong = frontMatterTooLong(yamlText);
  if (tooLong) {
    problem(tooLong);
    return { meta: {}, issues };
  }
  const deep = yamlNestedTooDeep(yamlText, "front matter");
  if (deep) {
    problem(deep.message, "front-matter", line + deep.line);
    return { meta: {}, issues };
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter, prettyErrors: false });
  const firstError = doc.errors[0];
  if (firstError) {
    problem(`front matter is not valid YAML: ${firstError.message.split("\n")[0]}`);
    return { meta: {}, issues };
  }
  // Lines of keys, so a problem points at its own line (the `---` is `line`, the first key line + 1).
  const keyLines = new Map<string, number>();
  if (isMap(doc.contents)) {
    for (const pair of doc.contents.items) {
      if (isScalar(pair.key) && pair.key.range) keyLines.set(String(pair.key.value), line + lineCounter.linePos(pair.key.range[0]).line);
    }
  }
  const read = yamlValue(doc, "front matter");
  if (!read.ok) {
    problem(read.message);
    return { meta: {}, issues };
  }
  const data = read.value;
  if (data === null || data === undefined) return { meta: {}, issues };
  if (typeof data !== "object" || Array.isArray(data)) {
    problem("front matter must be a YAML mapping (id: …, title: …, description: …, topics: […], tags: […])");
    return { meta: {}, issues };
  }
  const meta: DeckMeta = {};
  for (const [key, value] of Object.entries(data)) {
    if (key === "id") {
      const id = typeof value === "string" || typeof value === "number" ? String(value).trim() : "";
      if (DECK_ID_PATTERN.test(id)) meta.id = id;
      else problem(`front matter "id" must be lower-case letters, digits and dashes (at most 64), e.g. id: pods-basics`, "front-matter", keyLines.get(key));
    } else if (key === "title" || key === "description") {
      if (typeof value === "string" && value.trim()) meta[key] = value.trim();
      else problem(`front matter "${key}" must be a non-empty string`, "front-matter", keyLines.get(key));
    } else if (key === "topics" || key === "tags") {
      const list = stringList(value);
      if (list) meta[key] = list;
      else problem(`front matter "${key}" must be a list of strings, e.g. ${key}: [a, b]`, "front-matter", keyLines.get(key));
    } else {
      problem(`unknown front-matter key "${key}" (allowed: ${FRONT_MATTER_KEYS.join(", ")})`, "unknown-key", keyLines.get(key));
    }
  }
  return { meta, issues };
}
