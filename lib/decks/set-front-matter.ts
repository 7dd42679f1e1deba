/**
 * Rewrites fields of a deck's YAML front matter (rename, describe, tag, copy) and keeps everything
 * else — other keys, comments, the body — as the author wrote it. A deck without front matter gets one.
 */
import { isMap, parseDocument } from "yaml";
import { yamlTooDeep } from "../yaml/yaml-depth";

export interface FrontMatterFields {
  id?: string;
  title?: string;
  description?: string;
  tags?: readonly string[];
}

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n?---[ \t]*(\r?\n|$)/;

export function setFrontMatter(markdown: string, fields: FrontMatterFields): string {
  const match = FRONT_MATTER.exec(markdown);
  const source = match?.[1] ?? "";
  if (yamlTooDeep(source)) throw new Error("The front matter nests lists and mappings too deeply: flatten it in the editor first.");
  const doc = parseDocument(source);
  if (doc.errors.length > 0 || !(isMap(doc.contents) || doc.contents === null)) {
    throw new Error("The front matter is not a YAML mapping: fix it in the editor first.");
  }
  for (const [key, value] of Object.entries(fields) as [keyof FrontMatterFields, FrontMatterFields[keyof FrontMatterFields]][]) {
    if (value === undefined) continue;
    if (key === "description" && value === "") doc.delete(key);
    else if (key === "tags" && Array.isArray(value) && value.length === 0) doc.delete(key);
    else if (Array.isArray(value)) doc.set(key, doc.createNode([...value], { flow: true }));
    else doc.set(key, value);
  }
  const yamlText = doc.contents === null || (isMap(doc.contents) && doc.contents.items.length === 0) ? "" : doc.toString();
  const body = match ? markdown.slice(match[0].length) : markdown;
  return yamlText ? `---\n${yamlText}---\n${body}` : body;
}
