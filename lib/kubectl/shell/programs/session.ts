/**
 * Programs about the session itself and its files: cat, ls, rm, touch, pwd, cd, export, unset, alias,
 * unalias, history, clear, and the editors (which open the page's editor on a file).
 */
import { fail, ok, type Program } from "../program";

const cat: Program = (call) => {
  const files = call.args.filter((a) => a !== "-n");
  if (files.length === 0) return ok(call.stdin);
  let out = "";
  let err = "";
  for (const f of files) {
    if (f === "-") { out += call.stdin; continue; }
    const text = call.session.files.read(f);
    if (text === undefined) err += call.session.files.isDirectory(f) ? `cat: ${f}: Is a directory\n` : `cat: ${f}: No such file or directory\n`;
    else out += text;
  }
  if (call.args.includes("-n")) out = out.split("\n").map((l, i, all) => (i === all.length - 1 && l === "" ? l : `${String(i + 1).padStart(6)}\t${l}`)).join("\n");
  return { stdout: out, stderr: err, code: err ? 1 : 0 };
};

const ls: Program = (call) => {
  const targets = call.args.filter((a) => !a.startsWith("-"));
  const files = call.session.files;
  const out: string[] = [];
  let err = "";
  for (const t of targets.length > 0 ? targets : ["."]) {
    if (files.read(t) !== undefined) out.push(t);
    else if (files.isDirectory(t)) out.push(...files.list(t));
    else err += `ls: cannot access '${t}': No such file or directory\n`;
  }
  return { stdout: out.length > 0 ? `${out.join("\n")}\n` : "", stderr: err, code: err ? 2 : 0 };
};

const rm: Program = (call) => {
  const force = call.args.some((a) => /^-[a-z]*f/.test(a));
  let err = "";
  for (const f of call.args.filter((a) => !a.startsWith("-"))) {
    if (!call.session.files.remove(f) && !force) err += `rm: cannot remove '${f}': No such file or directory\n`;
  }
  return { stdout: "", stderr: err, code: err ? 1 : 0 };
};

const touch: Program = (call) => {
  for (const f of call.args.filter((a) => !a.startsWith("-"))) if (call.session.files.read(f) === undefined) call.session.files.write(f, "");
  return ok();
};

const cd: Program = (call) => {
  const target = call.args[0] ?? "~";
  if (!call.session.files.isDirectory(target)) return fail(`cd: ${target}: No such file or directory`);
  call.session.files.cwd = call.session.files.resolve(target);
  return ok();
};

const exportVar: Program = (call) => {
  if (call.args.length === 0 || call.args[0] === "-p") {
    return ok([...call.session.vars].sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => `declare -x ${k}="${v}"\n`).join(""));
  }
  for (const a of call.args) {
    const eq = a.indexOf("=");
    const name = eq < 0 ? a : a.slice(0, eq);
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) return fail(`${call.name}: \`${a}': not a valid identifier`);
    if (eq >= 0) call.session.vars.set(name, a.slice(eq + 1));
    else if (!call.session.vars.has(name)) call.session.vars.set(name, "");
  }
  return ok();
};

const unset: Program = (call) => {
  for (const a of call.args) call.session.vars.delete(a);
  return ok();
};

const alias: Program = (call) => {
  const aliases = call.session.aliases;
  if (call.args.length === 0) return ok([...aliases].sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => `alias ${k}='${v}'\n`).join(""));
  let out = "";
  let err = "";
  for (const a of call.args) {
    const eq = a.indexOf("=");
    if (eq > 0) aliases.set(a.slice(0, eq), a.slice(eq + 1));
    else if (aliases.has(a)) out += `alias ${a}='${aliases.get(a) ?? ""}'\n`;
    else err += `bash: alias: ${a}: not found\n`;
  }
  return { stdout: out, stderr: err, code: err ? 1 : 0 };
};

const unalias: Program = (call) => {
  for (const a of call.args) {
    if (!call.session.aliases.delete(a)) return fail(`bash: unalias: ${a}: not found`);
  }
  return ok();
};

const history: Program = (call) => {
  const list = call.session.history;
  const n = call.args[0] !== undefined ? Number(call.args[0]) : list.length;
  if (!Number.isInteger(n) || n < 0) return fail(`bash: history: ${call.args[0] ?? ""}: numeric argument required`);
  const start = Math.max(0, list.length - n);
  return ok(list.slice(start).map((l, i) => `${String(start + i + 1).padStart(5)}  ${l}\n`).join(""));
};

/** `vi FILE`, `vim FILE`, `nano FILE`: opens the editor on the file (empty for a new one); saving writes it. */
const editor: Program = (call) => {
  const name = call.args.find((a) => !a.startsWith("-") && !a.startsWith("+"));
  if (name === undefined) return fail(`${call.name}: name the file to edit: ${call.name} FILE (this shell's editor edits files)`);
  const files = call.session.files;
  if (files.isDirectory(name)) return fail(`${call.name}: ${name}: Is a directory`);
  const path = files.resolve(name);
  return {
    stdout: "", stderr: "", code: 0,
    edit: {
      request: { path, text: files.read(path) ?? "", kind: "file" },
      finish: (saved) => {
        if (saved !== null) files.write(path, saved);
        return ok();
      },
    },
  };
};

export const SESSION_PROGRAMS: Readonly<Record<string, Program>> = {
  cat, ls, rm, touch, cd, export: exportVar, unset, alias, unalias, history,
  pwd: (call) => ok(`${call.session.files.cwd}\n`),
  clear: () => ok("\u001b[H\u001b[2J"),
  true: () => ok(),
  false: () => ({ stdout: "", stderr: "", code: 1 }),
  mkdir: () => ok(),
  vi: editor, vim: editor, nano: editor,
};
