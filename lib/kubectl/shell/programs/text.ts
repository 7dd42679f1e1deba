/**
 * The text tools learners pipe kubectl into: grep, head, tail, wc, sort, echo, base64 (sed in its own file). Each takes
 * the GNU options exam answers use; anything else is refused by name.
 */
import { fail, ok, type CommandOutput, type Program, type ProgramCall } from "../program";
import { awk } from "./awk";
import { cut } from "./fields";
import { sed } from "./sed";

const lines = (text: string): string[] => {
  if (text === "") return [];
  const all = text.split("\n");
  if (all[all.length - 1] === "") all.pop();
  return all;
};
const join = (list: readonly string[]): string => (list.length > 0 ? `${list.join("\n")}\n` : "");

/** The input: named files (concatenated) or standard input. */
function input(call: ProgramCall, files: readonly string[]): { text: string } | CommandOutput {
  if (files.length === 0) return { text: call.stdin };
  let text = "";
  for (const f of files) {
    const content = f === "-" ? call.stdin : call.session.files.read(f);
    if (content === undefined) return fail(`${call.name}: ${f}: No such file or directory`, call.name === "grep" ? 2 : 1);
    text += content;
  }
  return { text };
}

function count(value: string | undefined, name: string): number | string {
  const n = Number(value);
  if (value === undefined || !/^[+-]?\d+$/.test(value)) return `${name}: invalid number of lines: '${value ?? ""}'`;
  return n;
}

const grep: Program = (call) => {
  let invert = false, ignoreCase = false, countOnly = false, numbers = false, words = false, quiet = false, after = 0, before = 0, max = Number.POSITIVE_INFINITY;
  const patterns: string[] = [];
  const files: string[] = [];
  const args = [...call.args];
  while (args.length > 0) {
    const a = args.shift() ?? "";
    if (a === "--") { files.push(...args.splice(0)); break; }
    if (a === "-e") { patterns.push(args.shift() ?? ""); continue; }
    if (/^-m\d*$/.test(a) || a.startsWith("--max-count=")) {
      max = Number(a.startsWith("--") ? a.slice(12) : a.length > 2 ? a.slice(2) : args.shift());
      continue;
    }
    if (/^-[ABC]\d*$/.test(a)) {
      const n = Number(a.length > 2 ? a.slice(2) : args.shift());
      if (a[1] !== "B") after = n;
      if (a[1] !== "A") before = n;
      continue;
    }
    if (/^-[a-zA-Z]+$/.test(a)) {
      for (const f of a.slice(1)) {
        if (f === "v") invert = true;
        else if (f === "i") ignoreCase = true;
        else if (f === "c") countOnly = true;
        else if (f === "n") numbers = true;
        else if (f === "w") words = true;
        else if (f === "q") quiet = true;
        else if (f === "E" || f === "F" || f === "G") continue;
        else return fail(`grep: invalid option -- '${f}'\nUsage: grep [OPTION]... PATTERNS [FILE]...`, 2);
      }
      continue;
    }
    if (a.startsWith("--") && a !== "--") return fail(`grep: unrecognized option '${a}' (this shell's grep knows -e -i -v -c -n -w -q -m -E -A -B -C)`, 2);
    if (patterns.length === 0 && !call.args.includes("-e")) patterns.push(a);
    else files.push(a);
  }
  if (patterns.length === 0) return fail("Usage: grep [OPTION]... PATTERNS [FILE]...", 2);
  const fixed = call.args.includes("-F");
  let regexes: RegExp[];
  try {
    regexes = patterns.map((p) => {
      let source = fixed ? p.replace(/[.*+?^${}()|[\]\\]/g, "\\$&") : call.args.includes("-E") ? p : p.replace(/\\\|/g, "|");
      if (words) source = `(?<![\\w])(?:${source})(?![\\w])`;
      return new RegExp(source, ignoreCase ? "i" : "");
    });
  } catch {
    return fail(`grep: invalid regular expression: ${patterns.join(" ")}`, 2);
  }
  const got = input(call, files);
  if ("code" in got) return got;
  const all = lines(got.text);
  let seen = 0;
  const hit = all.map((l) => regexes.some((r) => r.test(l)) !== invert && (seen += 1) <= max);
  const matched = hit.filter(Boolean).length;
  if (quiet) return { stdout: "", stderr: "", code: matched > 0 ? 0 : 1 };
  if (countOnly) return { stdout: `${matched}\n`, stderr: "", code: matched > 0 ? 0 : 1 };
  const shown = new Set<number>();
  hit.forEach((h, i) => {
    if (!h) return;
    for (let j = Math.max(0, i - before); j <= Math.min(all.length - 1, i + after); j += 1) shown.add(j);
  });
  const out: string[] = [];
  let last = -1;
  for (const i of [...shown].sort((a, b) => a - b)) {
    if ((before > 0 || after > 0) && last >= 0 && i > last + 1) out.push("--");
    out.push(numbers ? `${i + 1}${hit[i] ? ":" : "-"}${all[i] ?? ""}` : all[i] ?? "");
    last = i;
  }
  return { stdout: join(out), stderr: "", code: matched > 0 ? 0 : 1 };
};

function headTail(tail: boolean): Program {
  return (call) => {
    let n: number | string = 10;
    let fromStart = false;
    let bytes: number | undefined;
    const files: string[] = [];
    const args = [...call.args];
    while (args.length > 0) {
      const a = args.shift() ?? "";
      if (a === "-n" || a.startsWith("-n") || a.startsWith("--lines=")) {
        const v = a === "-n" ? args.shift() : a.startsWith("--lines=") ? a.slice(8) : a.slice(2);
        fromStart = tail && (v ?? "").startsWith("+");
        n = count(v, call.name);
      } else if (a === "-c" || /^-c\d+$/.test(a) || a.startsWith("--bytes=")) {
        const v = a === "-c" ? args.shift() : a.startsWith("--bytes=") ? a.slice(8) : a.slice(2);
        if (!/^\d+$/.test(v ?? "")) return fail(`${call.name}: invalid number of bytes: '${v ?? ""}'`);
        bytes = Number(v);
      } else if (/^-\d+$/.test(a)) n = Number(a.slice(1));
      else if (a.startsWith("-") && a !== "-") return fail(`${call.name}: invalid option -- '${a.replace(/^-+/, "")}' (this shell's ${call.name} knows -n N and -c N)`);
      else files.push(a);
    }
    if (typeof n === "string") return fail(n);
    const got = input(call, files);
    if ("code" in got) return got;
    if (bytes !== undefined) {
      const raw = new TextEncoder().encode(got.text);
      return ok(new TextDecoder().decode(tail ? raw.slice(Math.max(0, raw.length - bytes)) : raw.slice(0, bytes)));
    }
    const all = lines(got.text);
    const k = Math.abs(n);
    if (!tail) return ok(join(n < 0 ? all.slice(0, Math.max(0, all.length - k)) : all.slice(0, k)));
    return ok(join(fromStart ? all.slice(Math.max(0, k - 1)) : k === 0 ? [] : all.slice(-k)));
  };
}

const wc: Program = (call) => {
  const flags = call.args.filter((a) => a.startsWith("-") && a !== "-").join("").replace(/-/g, "");
  const bad = [...flags].find((f) => !"lwcm".includes(f));
  if (bad) return fail(`wc: invalid option -- '${bad}'`);
  const got = input(call, call.args.filter((a) => !a.startsWith("-") || a === "-"));
  if ("code" in got) return got;
  const text = got.text;
  const counts: number[] = [];
  const want = flags === "" ? "lwc" : flags;
  if (want.includes("l")) counts.push((text.match(/\n/g) ?? []).length);
  if (want.includes("w")) counts.push(text.split(/\s+/).filter((w) => w !== "").length);
  if (want.includes("c") || want.includes("m")) counts.push(new TextEncoder().encode(text).length);
  // GNU wc pads to 7 columns when it prints several counts of standard input, and not for one.
  return ok(`${counts.length === 1 ? String(counts[0]) : counts.map((c) => String(c).padStart(7)).join(" ")}\n`);
};

const sort: Program = (call) => {
  const flags = call.args.filter((a) => /^-[a-z]+$/.test(a)).join("");
  const got = input(call, call.args.filter((a) => !/^-[a-z]+$/.test(a)));
  if ("code" in got) return got;
  let all = lines(got.text);
  all = flags.includes("n") ? all.sort((a, b) => parseFloat(a) - parseFloat(b)) : all.sort();
  if (flags.includes("r")) all.reverse();
  if (flags.includes("u")) all = all.filter((l, i) => i === 0 || l !== all[i - 1]);
  return ok(join(all));
};

const echo: Program = (call) => {
  let newline = true;
  let escapes = false;
  const args = [...call.args];
  while (args[0] && /^-[neE]+$/.test(args[0])) {
    const f = args.shift() ?? "";
    if (f.includes("n")) newline = false;
    if (f.includes("e")) escapes = true;
  }
  let text = args.join(" ");
  if (escapes) text = text.replace(/\\n/g, "\n").replace(/\\t/g, "\t");
  return ok(newline ? `${text}\n` : text);
};

const base64: Program = (call) => {
  const decode = call.args.includes("-d") || call.args.includes("--decode");
  const files = call.args.filter((a) => !a.startsWith("-"));
  const got = input(call, files);
  if ("code" in got) return got;
  if (decode) {
    const clean = got.text.replace(/\s+/g, "");
    if (!/^[A-Za-z0-9+/]*={0,2}$/.test(clean)) return fail("base64: invalid input");
    return ok(new TextDecoder().decode(Uint8Array.from(atob(clean), (c) => c.charCodeAt(0))));
  }
  const bytes = new TextEncoder().encode(got.text);
  const encoded = btoa(String.fromCharCode(...bytes));
  const wrapped = call.args.includes("-w0") || call.args.includes("--wrap=0") ? encoded : (encoded.match(/.{1,76}/g) ?? [""]).join("\n");
  return ok(`${wrapped}\n`);
};

export const TEXT_PROGRAMS: Readonly<Record<string, Program>> = {
  grep, head: headTail(false), tail: headTail(true), wc, sort, echo, base64, sed, awk, cut,
};
