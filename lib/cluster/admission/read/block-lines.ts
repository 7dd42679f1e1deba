/**
 * The lines of one YAML document in plain block style, cut into the tokens that carry structure:
 * `- ` (a list item), `name:` (a mapping key) and the start of a value. Only what can be read with
 * certainty from single lines is accepted; anything else (tags, anchors, complex keys, quoted
 * scalars or flow collections running over several lines, tab indentation) makes the whole
 * document undefined, and the caller asks the `yaml` library instead.
 */
import { resolvePlainScalar } from "./yaml11";

export type ValueKind = "scalar" | "flow";

export type Token =
  | { type: "dash"; line: number; column: number; first: boolean }
  /** name: undefined when the key is not a plain string (a number, a boolean, an escape sequence) */
  | { type: "key"; line: number; column: number; first: boolean; name: string | undefined }
  | { type: "value"; line: number; column: number; first: boolean; kind: ValueKind };

const isBlank = (ch: string | undefined): boolean => ch === undefined || ch === " " || ch === "\t";

function skipSpaces(text: string, from: number): number {
  let i = from;
  while (text[i] === " " || text[i] === "\t") i++;
  return i;
}

/** The index just past a quoted scalar starting at `from`, or -1 when it does not close on this line. */
function quotedEnd(text: string, from: number): number {
  const quote = text[from];
  for (let i = from + 1; i < text.length; i++) {
    const ch = text[i];
    if (quote === '"' && ch === "\\") i++;
    else if (ch === quote) {
      if (quote === "'" && text[i + 1] === "'") i++;
      else return i + 1;
    }
  }
  return -1;
}

/** The index just past a flow collection starting at `from`, or -1 when it does not close on this line. */
function flowEnd(text: string, from: number): number {
  let depth = 0;
  for (let i = from; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"' || ch === "'") {
      const end = quotedEnd(text, i);
      if (end === -1) return -1;
      i = end - 1;
    } else if (ch === "[" || ch === "{") depth++;
    else if (ch === "]" || ch === "}") {
      depth--;
      if (depth === 0) return i + 1;
    } else if (ch === "#" && isBlank(text[i - 1])) return -1;
  }
  return -1;
}

const restIsEmpty = (text: string, from: number): boolean => {
  const i = skipSpaces(text, from);
  return i >= text.length || text[i] === "#";
};

/** Characters that cannot start a plain key: the value reader decides what they start. */
const INDICATORS = new Set(["[", "{", "]", "}", ",", "!", "&", "*", "|", ">", "?", "%", "@", "`", ":", "#"]);

/** Characters a plain scalar that is not a string (null, bool, number) can start with. */
const NON_STRING_START = new Set([..."~nNyYtTfFoO-+0123456789.eE"]);

/** Whether a plain scalar reads as the string it is written as (YAML 1.1: `yes` and `80` do not). */
function isPlainString(raw: string): boolean {
  return !NON_STRING_START.has(raw.charAt(0)) || resolvePlainScalar(raw) === raw;
}

interface Key {
  name: string | undefined;
  /** index after the `:` */
  end: number;
}

/** A mapping key starting at `from` (`name:`, `"name":`, `'name':`), null when the text there is a value. */
function readKey(text: string, from: number): Key | null | undefined {
  const first = text[from];
  if (first === '"' || first === "'") {
    const end = quotedEnd(text, from);
    if (end === -1) return undefined;
    const colon = skipSpaces(text, end);
    if (text[colon] !== ":" || !isBlank(text[colon + 1])) return null;
    const inner = text.slice(from + 1, end - 1);
    const name = first === "'" ? inner.replace(/''/g, "'") : inner.includes("\\") ? undefined : inner;
    return { name, end: colon + 1 };
  }
  if (INDICATORS.has(first ?? "")) return null;
  for (let i = from; i < text.length; i++) {
    const ch = text[i];
    if (ch === "#" && isBlank(text[i - 1])) return null;
    if (ch === ":" && isBlank(text[i + 1])) {
      const raw = text.slice(from, i).trimEnd();
      if (raw === "") return undefined;
      return { name: isPlainString(raw) ? raw : undefined, end: i + 1 };
    }
  }
  return null;
}

/** Characters that start something this reader does not follow: tags, anchors, aliases, complex keys, directives. */
const UNSUPPORTED_START = new Set(["!", "&", "*", "?", "%", "@", "`", ",", "]", "}", ":"]);

/** The value starting at `from` as a token, or undefined when it is not one this reader accepts. */
function readValue(text: string, from: number, line: number, first: boolean): Token | undefined {
  const ch = text[from] ?? "";
  if (UNSUPPORTED_START.has(ch)) return undefined;
  if (ch === '"' || ch === "'") {
    const end = quotedEnd(text, from);
    if (end === -1 || !restIsEmpty(text, end)) return undefined;
    return { type: "value", line, column: from + 1, first, kind: "scalar" };
  }
  if (ch === "[" || ch === "{") {
    const end = flowEnd(text, from);
    if (end === -1 || !restIsEmpty(text, end)) return undefined;
    return { type: "value", line, column: from + 1, first, kind: "flow" };
  }
  return { type: "value", line, column: from + 1, first, kind: "scalar" };
}

/**
 * Appends the tokens of one line (1-based `line`). `owner`: when the line ends in a value, the column
 * its further lines (block scalars, folded plain scalars) must be deeper than.
 */
function tokenizeLine(text: string, line: number, out: Token[]): { ok: boolean; owner: number | undefined } {
  let i = skipSpaces(text, 0);
  if (text.slice(0, i).includes("\t")) return { ok: false, owner: undefined };
  let owner = -1;
  let first = true;
  for (;;) {
    if (text[i] === "-" && isBlank(text[i + 1])) {
      out.push({ type: "dash", line, column: i + 1, first });
      owner = i;
      first = false;
      i = skipSpaces(text, i + 1);
      if (restIsEmpty(text, i)) return { ok: true, owner: undefined };
      continue;
    }
    const key = readKey(text, i);
    if (key === undefined) return { ok: false, owner: undefined };
    if (key !== null) {
      out.push({ type: "key", line, column: i + 1, first, name: key.name });
      owner = i;
      first = false;
      i = skipSpaces(text, key.end);
      if (restIsEmpty(text, i)) return { ok: true, owner: undefined };
    }
    const value = readValue(text, i, line, first);
    if (!value) return { ok: false, owner: undefined };
    out.push(value);
    // a value on a line of its own continues on lines at least as deep as itself
    return { ok: true, owner: first ? i - 1 : owner };
  }
}

/**
 * The tokens of lines [from, to) of `lines` (line numbers are 1-based: index + 1), or undefined when
 * the document uses anything this reader does not follow.
 */
export function tokenizeBlockYaml(lines: readonly string[], from: number, to: number): Token[] | undefined {
  const tokens: Token[] = [];
  /** lines deeper than this column continue the last value (a block scalar, a folded plain scalar) */
  let continuation: number | undefined;
  for (let index = from; index < to; index++) {
    const text = lines[index] ?? "";
    const start = skipSpaces(text, 0);
    if (continuation !== undefined && (start >= text.length || start > continuation)) continue;
    continuation = undefined;
    if (restIsEmpty(text, start)) continue;
    const { ok, owner } = tokenizeLine(text, index + 1, tokens);
    if (!ok) return undefined;
    continuation = owner;
  }
  return tokens;
}
