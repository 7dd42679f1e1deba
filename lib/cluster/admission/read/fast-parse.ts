/**
 * The fast path: js-yaml (about ten times faster than `yaml`) with the same YAML 1.1 scalar rules.
 * It is used only for input it can read exactly as the precise path would: no anchors (js-yaml
 * shares aliased objects and has no alias limit) and no syntax errors (anything js-yaml refuses,
 * duplicate keys included, goes to the precise path, which explains the problem).
 */
import { FAILSAFE_SCHEMA, loadAll, Type } from "js-yaml";
import { MAX_YAML_DEPTH } from "../../../yaml/yaml-depth";
import { FALSE, FLOAT, FLOAT_EXP, FLOAT_NAN, INT_BIN, INT_DEC, INT_HEX, INT_OCT, NULL, resolvePlainScalar, TRUE } from "./yaml11";

/**
 * `firstChars`: every character a match can start with, so most plain scalars (names, images) are
 * turned down without running the patterns. One alternation per type: js-yaml tries every implicit
 * type on every plain scalar.
 */
function scalarType(tag: string, firstChars: string, ...patterns: RegExp[]): Type {
  const combined = new RegExp(patterns.map((p) => `(?:${p.source})`).join("|"));
  const canStart = new Uint8Array(128);
  for (const ch of firstChars) canStart[ch.charCodeAt(0)] = 1;
  return new Type(tag, {
    kind: "scalar",
    // charCodeAt(0) of "" is NaN, and canStart[NaN] is undefined: the empty string is turned down too
    resolve: (data: unknown) => typeof data === "string" && canStart[data.charCodeAt(0)] === 1 && combined.test(data),
    construct: (data: string) => resolvePlainScalar(data),
  });
}

const SIGNS_AND_DIGITS = "-+0123456789";

const KUBECTL_YAML_1_1 = FAILSAFE_SCHEMA.extend({
  implicit: [
    scalarType("tag:yaml.org,2002:null", "~nN", NULL),
    scalarType("tag:yaml.org,2002:bool", "yYnNtTfFoO", TRUE, FALSE),
    scalarType("tag:yaml.org,2002:int", SIGNS_AND_DIGITS, INT_BIN, INT_OCT, INT_DEC, INT_HEX),
    scalarType("tag:yaml.org,2002:float", `${SIGNS_AND_DIGITS}.eE`, FLOAT_NAN, FLOAT_EXP, FLOAT),
    // js-yaml merges a pair whose key carries this tag (`<<: {…}`), as YAML 1.1 and go-yaml do
    new Type("tag:yaml.org,2002:merge", { kind: "scalar", resolve: (data: unknown) => data === "<<" }),
  ],
});

/**
 * An anchor (&name) where a node may start; false positives only cost speed. Without anchors every
 * alias is an error, which js-yaml throws and the precise path then explains. Unknown tags throw too.
 */
const ANCHOR = /(?:^|[\s,[{])&[^\s&]/m;

/** Whether a value nests arrays and objects more than MAX_YAML_DEPTH levels (walked without recursion). */
function tooDeep(value: unknown): boolean {
  const pending: { value: unknown; depth: number }[] = [{ value, depth: 0 }];
  for (let next = pending.pop(); next; next = pending.pop()) {
    if (typeof next.value !== "object" || next.value === null) continue;
    if (next.depth + 1 > MAX_YAML_DEPTH) return true;
    for (const child of Object.values(next.value)) pending.push({ value: child, depth: next.depth + 1 });
  }
  return false;
}

/**
 * The documents of `text` (empty ones included as null), or undefined when the precise path must
 * read it: it also explains documents nested too deeply (lib/yaml/yaml-depth.ts), so both paths refuse them.
 */
export function parseFast(text: string): unknown[] | undefined {
  if (text.includes("&") && ANCHOR.test(text)) return undefined;
  try {
    const documents = loadAll(text, undefined, { schema: KUBECTL_YAML_1_1 });
    return documents.some(tooDeep) ? undefined : documents;
  } catch {
    return undefined;
  }
}
