/** `cut -d C -f N[,M]` for kubectl tables (awk is in ./awk). */
import { fail, ok, type Program } from "../program";

const linesOf = (text: string): string[] => text.split("\n").filter((l, i, all) => i < all.length - 1 || l !== "");

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
