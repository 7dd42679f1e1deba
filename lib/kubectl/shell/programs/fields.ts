/**
 * Field tools for kubectl tables: `awk '{print $1, $3}'` (with -F and an optional /RE/ or NR>1
 * condition) and `cut -d C -f N[,M]`. Anything beyond printing fields is refused by name.
 */
import { fail, ok, type Program } from "../program";

const linesOf = (text: string): string[] => text.split("\n").filter((l, i, all) => i < all.length - 1 || l !== "");

export const awk: Program = (call) => {
  const args = [...call.args];
  let separator: RegExp | string = /[ \t]+/;
  if (args[0]?.startsWith("-F")) {
    const f = args.shift() ?? "";
    separator = f.length > 2 ? f.slice(2) : args.shift() ?? " ";
  }
  const program = args.shift() ?? "";
  const m = /^\s*(NR\s*>\s*(\d+)|\/([^/]*)\/)?\s*\{\s*print\s*([^}]*)\}\s*$/.exec(program);
  if (!m) return fail(`awk: this shell's awk only prints fields: awk '{print $1}', awk 'NR>1 {print $2}', awk '/RE/ {print $1}' (got ${program})`, 2);
  const skip = m[2] !== undefined ? Number(m[2]) : 0;
  const filter = m[3] !== undefined ? new RegExp(m[3]) : undefined;
  const items = (m[4] ?? "").trim() === "" ? ["$0"] : (m[4] ?? "").split(",").map((s) => s.trim());
  let text = call.stdin;
  if (args.length > 0) {
    text = "";
    for (const f of args) {
      const content = call.session.files.read(f);
      if (content === undefined) return fail(`awk: cannot open "${f}" (No such file or directory)`, 2);
      text += content;
    }
  }
  const out = linesOf(text).flatMap((line, i) => {
    if (i + 1 <= skip || (filter && !filter.test(line))) return [];
    const fields = (typeof separator === "string" ? line.split(separator) : line.trim().split(separator));
    return [items.map((item) => {
      const f = /^\$(\d+|NF)$/.exec(item);
      if (!f) return item.replace(/^"(.*)"$/, "$1");
      const n = f[1] === "NF" ? fields.length : Number(f[1]);
      return n === 0 ? line : fields[n - 1] ?? "";
    }).join(" ")];
  });
  return ok(out.map((l) => `${l}\n`).join(""));
};

export const cut: Program = (call) => {
  let delimiter = "\t";
  let fieldSpec = "";
  const files: string[] = [];
  const args = [...call.args];
  while (args.length > 0) {
    const a = args.shift() ?? "";
    if (a.startsWith("-d")) delimiter = a.length > 2 ? a.slice(2) : args.shift() ?? "\t";
    else if (a.startsWith("-f")) fieldSpec = a.length > 2 ? a.slice(2) : args.shift() ?? "";
    else if (a.startsWith("-")) return fail(`cut: invalid option -- '${a.slice(1)}' (this shell's cut knows -d and -f)`);
    else files.push(a);
  }
  if (!fieldSpec) return fail("cut: you must specify a list of bytes, characters, or fields");
  const wanted = fieldSpec.split(",").flatMap((r) => {
    const [a = "", b] = r.split("-");
    if (b === undefined) return [Number(a)];
    const from = Number(a || 1), to = b === "" ? 99 : Number(b);
    return Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);
  });
  const text = files.length === 0 ? call.stdin : files.map((f) => call.session.files.read(f) ?? "").join("");
  return ok(linesOf(text).map((line) => {
    const parts = line.split(delimiter);
    return `${parts.length === 1 ? line : wanted.filter((n) => n <= parts.length).map((n) => parts[n - 1] ?? "").join(delimiter)}\n`;
  }).join(""));
};
