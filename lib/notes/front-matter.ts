/** Reads and checks a deck's YAML front matter (title, description, topics, tags). */
import { parse as parseYaml } from "yaml";
import type { DeckMeta, ParseIssue } from "./types";

export const FRONT_MATTER_KEYS = ["title", "description", "topics", "tags"] as const;

function stringList(value: unknown): string[] | null {
  if (typeof value === "string") return value.split(",").map((item) => item.trim()).filter(Boolean);
  if (Array.isArray(value) && value.every((item) => typeof item === "string" || typeof item === "number")) {
    return value.map(String);
  }
  return null;
}

export function readFrontMatter(yamlText: string, file: string, line: number): { meta: DeckMeta; issues: ParseIssue[] } {
  const issues: ParseIssue[] = [];
  const problem = (message: string, code: ParseIssue["code"] = "front-matter"): void => {
    issues.push({ file, line, severity: "error", message, code });
  };
  let data: unknown;
  try {
    data = parseYaml(yamlText);
  } catch (error) {
    problem(`front matter is not valid YAML: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`);
    return { meta: {}, issues };
  }
  if (data === null || data === undefined) return { meta: {}, issues };
  if (typeof data !== "object" || Array.isArray(data)) {
    problem("front matter must be a YAML mapping (title: …, description: …, topics: […], tags: […])");
    return { meta: {}, issues };
  }
  const meta: DeckMeta = {};
  for (const [key, value] of Object.entries(data)) {
    if (key === "title" || key === "description") {
      if (typeof value === "string" && value.trim()) meta[key] = value.trim();
      else problem(`front matter "${key}" must be a non-empty string`);
    } else if (key === "topics" || key === "tags") {
      const list = stringList(value);
      if (list) meta[key] = list;
      else problem(`front matter "${key}" must be a list of strings, e.g. ${key}: [a, b]`);
    } else {
      problem(`unknown front-matter key "${key}" (allowed: ${FRONT_MATTER_KEYS.join(", ")})`, "unknown-key");
    }
  }
  return { meta, issues };
}
