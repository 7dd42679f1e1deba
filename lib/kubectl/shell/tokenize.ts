/**
 * The shell's lexer: one command line into words and operators, as bash reads it for the things
 * exam candidates type — quotes, backslashes, `$VAR`/`${VAR}` (unquoted expansions split into
 * words, so `$do` adds several flags), `|`, `&&`, `||`, `;`, `>`, `>>`, `2>`, `2>&1`, `<`, `<<EOF`
 * and comments. What bash would do and this shell cannot (command substitution, background jobs)
 * is reported as an error instead of being guessed at.
 */
export type Token =
  | { readonly kind: "word"; readonly value: string; readonly quoted: boolean }
  | { readonly kind: "op"; readonly value: Operator };

export type Operator = "|" | "&&" | "||" | ";" | ">" | ">>" | "<" | "<<" | "<<-" | "2>" | "2>>" | "2>&1" | "&>";

export type Variables = (name: string) => string | undefined;

export class ShellSyntaxError extends Error {}

const NAME = /^[A-Za-z_][A-Za-z0-9_]*/;
const OPERATORS: readonly Operator[] = ["2>&1", "2>>", "&>", "&&", "||", ">>", "<<-", "<<", "2>", "|", ";", ">", "<"];

export { lineContinues } from "./line-continuation";

/**
 * What the variables of one line may expand to, together: `export A=$A$A` a few dozen times, or a
 * line of `$A`, would otherwise build strings of gigabytes (issue 12).
 */
export const MAX_EXPANDED_CHARS = 1_000_000;

export function tokenize(line: string, vars: Variables): Token[] {
  const tokens: Token[] = [];
  let expanded = 0;
  const valueOf = (name: string): string => {
    const value = vars(name) ?? "";
    expanded += value.length;
    if (expanded > MAX_EXPANDED_CHARS) throw new ShellSyntaxError(`this line's variables expand to more than ${MAX_EXPANDED_CHARS.toLocaleString("en")} characters; this shell stops there`);
    return value;
  };
  let word = "";
  let hasWord = false;
  let quoted = false;
  const flush = (): void => {
    if (hasWord) tokens.push({ kind: "word", value: word, quoted });
    word = "";
    hasWord = false;
    quoted = false;
  };
  const expand = (at: number): { value: string; next: number } => {
    const rest = line.slice(at + 1);
    if (rest.startsWith("(")) throw new ShellSyntaxError("command substitution $(…) is not supported in this shell; run the inner command on its own");
    if (rest.startsWith("{")) {
      const end = rest.indexOf("}");
      if (end < 0) throw new ShellSyntaxError("bad substitution: missing }");
      const name = rest.slice(1, end);
      if (!NAME.test(name) || NAME.exec(name)?.[0] !== name) throw new ShellSyntaxError(`\${${name}}: bad substitution`);
      return { value: valueOf(name), next: at + end + 2 };
    }
    const name = NAME.exec(rest)?.[0] ?? (/^[?$#0-9]/.exec(rest)?.[0]);
    if (!name) return { value: "$", next: at + 1 };
    return { value: valueOf(name), next: at + 1 + name.length };
  };
  let i = 0;
  while (i < line.length) {
    const c = line[i] ?? "";
    if (c === " " || c === "\t" || c === "\n") { flush(); i += 1; continue; }
    if (c === "#" && !hasWord) break;
    if (c === "'") {
      const end = line.indexOf("'", i + 1);
      if (end < 0) throw new ShellSyntaxError("unexpected EOF while looking for matching `''");
      word += line.slice(i + 1, end);
      hasWord = quoted = true;
      i = end + 1;
      continue;
    }
    if (c === '"') {
      hasWord = quoted = true;
      i += 1;
      while (i < line.length && line[i] !== '"') {
        const d = line[i] ?? "";
        if (d === "\\" && /["\\$`]/.test(line[i + 1] ?? "")) { word += line[i + 1]; i += 2; }
        else if (d === "$") { const e = expand(i); word += e.value; i = e.next; }
        else if (d === "`") throw new ShellSyntaxError("command substitution `…` is not supported in this shell");
        else { word += d; i += 1; }
      }
      if (i >= line.length) throw new ShellSyntaxError("unexpected EOF while looking for matching `\"'");
      i += 1;
      continue;
    }
    if (c === "\\") {
      if (i + 1 < line.length) { word += line[i + 1]; hasWord = quoted = true; }
      i += 2;
      continue;
    }
    if (c === "$") {
      const e = expand(i);
      if (e.value === "$") { word += "$"; hasWord = true; i = e.next; continue; }
      // Unquoted: the value is split into words (bash's field splitting), so `$do` gives several flags.
      const parts = e.value.split(/[ \t\n]+/);
      parts.forEach((part, index) => {
        if (index > 0) flush();
        if (part !== "") { word += part; hasWord = true; }
      });
      i = e.next;
      continue;
    }
    if (c === "`") throw new ShellSyntaxError("command substitution `…` is not supported in this shell");
    const op = OPERATORS.find((o) => line.startsWith(o, i) && (!o.startsWith("2") || !hasWord));
    if (op) {
      flush();
      tokens.push({ kind: "op", value: op });
      i += op.length;
      continue;
    }
    if (c === "&") throw new ShellSyntaxError("background jobs (&) are not supported in this shell");
    word += c;
    hasWord = true;
    i += 1;
  }
  flush();
  return tokens;
}
