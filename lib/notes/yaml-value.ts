/**
 * The value of a parsed YAML document with aliases bounded: an alias bomb ("billion laughs") in front
 * matter or a quiz block is a clear error, worded as manifests word it (lib/cluster admission), not
 * an exception that ends the request. So is an alias without its anchor (`a: *x`), which the
 * library reports only when the value is built. Front matter longer than MAX_FRONT_MATTER_CHARS is
 * refused before the YAML library reads it (200 KB of keys took it a second of CPU).
 */
import type { Document } from "yaml";
import { MAX_YAML_DEPTH, yamlTooDeep } from "../yaml/yaml-depth";

/** The `yaml` library's own default, the limit manifests use too. */
export const MAX_YAML_ALIASES = 100;

export type YamlValue = { ok: true; value: unknown } | { ok: false; message: string };

export function yamlValue(doc: Document.Parsed, what: string): YamlValue {
  try {
    return { ok: true, value: doc.toJS({ maxAliasCount: MAX_YAML_ALIASES }) };
  } catch (error) {
    if (!(error instanceof ReferenceError)) throw error;
    if (!/excessive alias/i.test(error.message)) return { ok: false, message: `${what} is not valid YAML: ${error.message}` };
    return {
      ok: false,
      message: `too many aliases: ${what} expands YAML aliases (*name) more than ${MAX_YAML_ALIASES} times, which looks like an "alias bomb". Write the values out instead of repeating aliases.`,
    };
  }
}

/**
 * YAML nested deeper than MAX_YAML_DEPTH is refused before the library builds it (building recurses
 * once per level, and a few deep inputs in a row ended the whole process: lib/yaml/yaml-depth.ts).
 * The error and the one-based line of `yamlText` it is on, or null when the nesting is fine.
 */
export function yamlNestedTooDeep(yamlText: string, what: string): { message: string; line: number } | null {
  const deep = yamlTooDeep(yamlText);
  if (!deep) return null;
  const line = yamlText.slice(0, deep.offset).split("\n").length;
  return { message: `${what} nests lists and mappings more than ${MAX_YAML_DEPTH} levels deep: flatten it.`, line };
}

/** Front matter holds a few keys (id, title, description, topics, tags; a scenario's settings). */
export const MAX_FRONT_MATTER_CHARS = 16_000;

/** The error for front matter too long to read, or null when it is short enough. */
export function frontMatterTooLong(yamlText: string): string | null {
  if (yamlText.length <= MAX_FRONT_MATTER_CHARS) return null;
  return `front matter is too long (${Math.ceil(yamlText.length / 1000)} KB; at most ${MAX_FRONT_MATTER_CHARS / 1000} KB): keep only its keys there and move the text below the closing ---`;
}
