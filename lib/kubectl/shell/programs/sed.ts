/**
 * `sed` for the edits exam answers make to generated YAML: `s/RE/REPLACEMENT/[g]` expressions
 * (any delimiter, several with -e or `;`), `-i` to edit files in place, `/RE/d` to delete lines.
 * Other sed commands are refused by name.
 */
import { fail, ok, type Program } from "../program";

type Edit = (line: string) => string | undefined;

function parseScript(script: string): Edit[] | string {
  const edits: Edit[] = [];
  for (const part of script.split(/;(?=\s*[s/])/).map((p) => p.trim()).filter((p) => p !== "")) {
    const del = /^\/(.*)\/d$/.exec(part);
    if (del) {
      const re = new RegExp(del[1] ?? "");
      edits.push((line) => (re.test(line) ? undefined : line));
      continue;
    }
    if (!part.startsWith("s") || part.length < 2) return `sed: -e expression #1, char 1: unknown command: \`${part[0] ?? ""}'`;
    const d = part[1] ?? "/";
    const pieces = part.slice(2).split(d);
    if (pieces.length < 3) return `sed: -e expression #1, char ${part.length}: unterminated \`s' command`;
    const [pattern = "", replacement = "", flags = ""] = pieces;
    let re: RegExp;
    try {
      re = new RegExp(pattern.replace(/\\([(){}+?|])/g, "$1"), flags.includes("g") ? "g" : "");
    } catch {
      return `sed: -e expression #1: invalid regular expression ${pattern}`;
    }
    const rep = replacement.replace(/\\(\d)/g, "$$$1").replace(/&/g, "$$&");
    edits.push((line) => line.replace(re, rep));
  }
  return edits;
}

export const sed: Program = (call) => {
  let inPlace = false;
  const scripts: string[] = [];
  const files: string[] = [];
  const args = [...call.args];
  while (args.length > 0) {
    const a = args.shift() ?? "";
    if (a === "-i" || a.startsWith("-i")) inPlace = true;
    else if (a === "-e") scripts.push(args.shift() ?? "");
    else if (a.startsWith("-") && a !== "-") return fail(`sed: invalid option -- '${a.slice(1)}' (this shell's sed knows -i and -e with s/// and /RE/d)`);
    else if (scripts.length === 0) scripts.push(a);
    else files.push(a);
  }
  if (scripts.length === 0) return fail("Usage: sed [OPTION]... {script-only-if-no-other-script} [input-file]...");
  const edits = parseScript(scripts.join(";"));
  if (typeof edits === "string") return fail(edits);
  const apply = (text: string): string => {
    const lines = text.split("\n");
    const last = lines[lines.length - 1] === "" ? lines.pop() : undefined;
    const out: string[] = [];
    for (const line of lines) {
      let current: string | undefined = line;
      for (const e of edits) if (current !== undefined) current = e(current);
      if (current !== undefined) out.push(current);
    }
    return out.join("\n") + (last !== undefined ? "\n" : "");
  };
  if (files.length === 0) return inPlace ? fail("sed: no input files") : ok(apply(call.stdin));
  let out = "";
  for (const f of files) {
    const text = call.session.files.read(f);
    if (text === undefined) return fail(`sed: can't read ${f}: No such file or directory`, 2);
    if (inPlace) call.session.files.write(f, apply(text));
    else out += apply(text);
  }
  return ok(out);
};
