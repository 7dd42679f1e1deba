/**
 * `awk` for kubectl tables: one `PATTERN { print ITEMS }` rule (or a pattern alone, or `{print}`),
 * with -F. Patterns: `NR==2` (and >, <, >=, <=, !=), `/RE/`, `!/RE/`, `$N ~ /RE/`, `$N !~ /RE/`,
 * `$N == "text"` / `$N > 5`; also `END {print NR}`. Items: `$N`, `$NF`, `$0`, `NR`, `NF`, "text", joined by OFS at commas and
 * concatenated otherwise. Anything beyond that (END blocks, variables, functions) is refused by name.
 */
import { fail, ok, type Program } from "../program";

const linesOf = (text: string): string[] => text.split("\n").filter((l, i, all) => i < all.length - 1 || l !== "");

interface Row { readonly line: string; readonly fields: readonly string[]; readonly nr: number }

const RULE = /^\s*(.*?)\s*(?:\{\s*print\s*([^}]*?)\s*;?\s*\})?\s*$/;
const TOKEN = /\s*(\$\(?NF\)?|\$\d+|NR|NF|"(?:[^"\\]|\\.)*")/y;

function valueOf(token: string, row: Row): string {
  if (token.startsWith("\"")) return token.slice(1, -1).replace(/\\t/g, "\t").replace(/\\n/g, "\n").replace(/\\(.)/g, "$1");
  if (token === "NR") return String(row.nr);
  if (token === "NF") return String(row.fields.length);
  const n = /NF/.test(token) ? row.fields.length : Number(token.slice(1));
  return n === 0 ? row.line : row.fields[n - 1] ?? "";
}

/** One print item: tokens side by side are concatenated; undefined when it is not one of ours. */
function parseItem(item: string): string[] | undefined {
  const tokens: string[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < item.length) {
    const at = TOKEN.lastIndex;
    const m = TOKEN.exec(item);
    if (!m || m.index !== at) return item.slice(at).trim() === "" ? tokens : undefined;
    tokens.push(m[1] ?? "");
  }
  return tokens;
}

const compare = (a: string, op: string, b: string): boolean => {
  const numeric = a.trim() !== "" && b.trim() !== "" && Number.isFinite(Number(a)) && Number.isFinite(Number(b));
  const x: string | number = numeric ? Number(a) : a, y: string | number = numeric ? Number(b) : b;
  return op === "==" ? x === y : op === "!=" ? x !== y : op === ">" ? x > y : op === "<" ? x < y : op === ">=" ? x >= y : x <= y;
};

function parsePattern(text: string): ((row: Row) => boolean) | undefined {
  if (text === "") return () => true;
  let m = /^(!?)\/(.*)\/$/.exec(text);
  if (m) { const re = new RegExp(m[2] ?? ""); const negate = m[1] === "!"; return (row) => re.test(row.line) !== negate; }
  m = /^(NR|NF|\$\d+|\$NF)\s*(==|!=|>=|<=|>|<)\s*("(?:[^"]*)"|[-\w.]+)$/.exec(text);
  if (m) { const [, left = "", op = "", right = ""] = m; return (row) => compare(valueOf(left, row), op, right.replace(/^"(.*)"$/, "$1")); }
  m = /^(\$\d+|\$NF)\s*(!?~)\s*\/(.*)\/$/.exec(text);
  if (m) { const [, left = "", op = "", re = ""] = m; const r = new RegExp(re); return (row) => r.test(valueOf(left, row)) === (op === "~"); }
  return undefined;
}

export const awk: Program = (call) => {
  const args = [...call.args];
  let separator: RegExp | string = /[ \t]+/;
  if (args[0]?.startsWith("-F")) {
    const f = args.shift() ?? "";
    const s = f.length > 2 ? f.slice(2) : args.shift() ?? " ";
    separator = s === " " ? /[ \t]+/ : s === "\\t" ? "\t" : s;
  }
  const program = args.shift() ?? "";
  // `awk 'END {print NR}'` counts lines, the one END block learners write.
  const countOnly = /^\s*END\s*\{\s*print\s+NR\s*;?\s*\}\s*$/.test(program);
  const rule = RULE.exec(program);
  const hasAction = /\{/.test(program);
  const pattern = rule ? parsePattern(rule[1] ?? "") : undefined;
  const items = (rule?.[2] ?? "").trim() === "" ? [["$0"]] : (rule?.[2] ?? "").split(",").map(parseItem);
  const refuse = `awk: this shell's awk runs one rule that prints: awk '{print $1}', awk 'NR>1 {print $2}', awk -F: '/RE/ {print $1, $NF}', awk '$3 == "Running"' (got ${program})`;
  if (!countOnly && (!rule || !pattern || (hasAction && rule[2] === undefined) || items.some((i) => i === undefined))) return fail(refuse, 2);
  let text = call.stdin;
  if (args.length > 0) {
    text = "";
    for (const f of args) {
      const content = call.session.files.read(f);
      if (content === undefined) return fail(`awk: cannot open "${f}" (No such file or directory)`, 2);
      text += content;
    }
  }
  if (countOnly) return ok(`${linesOf(text).length}\n`);
  const out = linesOf(text).flatMap((line, i) => {
    const fields = typeof separator === "string" ? line.split(separator) : line.trim() === "" ? [] : line.trim().split(separator);
    const row: Row = { line, fields, nr: i + 1 };
    if (pattern && !pattern(row)) return [];
    return [items.map((tokens) => (tokens ?? []).map((t) => valueOf(t, row)).join("")).join(" ")];
  });
  return ok(out.map((l) => `${l}\n`).join(""));
};
