/**
 * The YAML 1.1 scalar rules kubectl applies (go-yaml v2 via sigs.k8s.io/yaml): yes/no/on/off are
 * booleans, 0755 is octal, 1_000 is 1000. Timestamps and sexagesimal numbers stay strings, as go-yaml
 * leaves them when decoding into JSON. Both parsers (the fast js-yaml path and the precise `yaml`
 * path) use these same rules, so they always read the same values.
 */
import type { Tags } from "yaml";

export const NULL = /^(?:~|[Nn]ull|NULL)$/;
export const TRUE = /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/;
export const FALSE = /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/;
export const INT_BIN = /^[-+]?0b[0-1_]+$/;
export const INT_OCT = /^[-+]?0[0-7_]+$/;
export const INT_DEC = /^[-+]?[0-9][0-9_]*$/;
export const INT_HEX = /^[-+]?0x[0-9a-fA-F_]+$/;
export const FLOAT_NAN = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
export const FLOAT_EXP = /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/;
export const FLOAT = /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/;

function intOf(text: string, skip: number, radix: number): number {
  const sign = text[0];
  const offset = sign === "-" || sign === "+" ? skip + 1 : skip;
  const n = parseInt(text.substring(offset).replace(/_/g, ""), radix);
  return sign === "-" ? -n : n;
}

/** The value of a plain (unquoted) scalar, or the text itself when it is a string. */
export function resolvePlainScalar(text: string): unknown {
  if (NULL.test(text)) return null;
  if (TRUE.test(text)) return true;
  if (FALSE.test(text)) return false;
  if (INT_BIN.test(text)) return intOf(text, 2, 2);
  if (INT_OCT.test(text)) return intOf(text, 1, 8);
  if (INT_DEC.test(text)) return intOf(text, 0, 10);
  if (INT_HEX.test(text)) return intOf(text, 2, 16);
  if (FLOAT_NAN.test(text)) return text.slice(-3).toLowerCase() === "nan" ? NaN : text[0] === "-" ? -Infinity : Infinity;
  if (FLOAT_EXP.test(text) || FLOAT.test(text)) return parseFloat(text.replace(/_/g, ""));
  return text;
}

const DROPPED_FORMATS = new Set(["TIME"]);
const DROPPED_TAGS = new Set(["tag:yaml.org,2002:timestamp"]);

/** The `yaml` library's 1.1 tags without the ones go-yaml does not apply when decoding to JSON. */
export function kubectlTags(tags: Tags): Tags {
  return tags.filter((tag) => {
    if (typeof tag !== "object" || tag === null) return true;
    if ("tag" in tag && DROPPED_TAGS.has(tag.tag)) return false;
    return !("format" in tag && typeof tag.format === "string" && DROPPED_FORMATS.has(tag.format));
  });
}
