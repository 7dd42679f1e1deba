/**
 * The shell: reads command lines (with their heredoc bodies), expands aliases and variables, runs
 * pipelines of programs on strings, applies redirections to the in-memory files, and keeps history.
 * Pure: the cluster is passed in, nothing touches the real machine.
 */
import { MemoryFiles } from "./files";
import { parseCommandLine, type Pipeline, type SimpleCommand } from "./parse";
import { fail, type CommandOutput, type Program, type SessionState } from "./program";
import { lineContinues, ShellSyntaxError, tokenize } from "./tokenize";
import type { Cluster } from "../../cluster";

export interface OutputChunk {
  readonly stream: "stdout" | "stderr";
  readonly text: string;
}

export interface ShellResult {
  /** What the terminal shows, in order. */
  readonly chunks: OutputChunk[];
  readonly stdout: string;
  readonly stderr: string;
  /** Exit status of the last command line (0 ok). */
  readonly code: number;
  /** True when any command line of the input failed. */
  readonly anyFailed: boolean;
}

const HEREDOC = /<<-?\s*(['"]?)([A-Za-z_][A-Za-z0-9_]*)\1/g;

export class Shell {
  readonly session: SessionState;

  constructor(cluster: Cluster, private readonly programs: Readonly<Record<string, Program>>) {
    this.session = {
      files: new MemoryFiles(),
      vars: new Map([["HOME", "/root"], ["?", "0"]]),
      aliases: new Map([["k", "kubectl"]]),
      history: [],
      cluster,
      namespace: "default",
    };
  }

  /** True when `text` is a whole command: no open quote, trailing backslash or unterminated heredoc. */
  isComplete(text: string): boolean {
    const lines = text.split("\n");
    let i = 0;
    while (i < lines.length) {
      let line = lines[i] ?? "";
      while (lineContinues(line)) {
        i += 1;
        if (i >= lines.length) return false;
        line = `${line}\n${lines[i] ?? ""}`;
      }
      i += 1;
      for (const m of line.matchAll(HEREDOC)) {
        const delimiter = m[2] ?? "";
        const strip = (m[0] ?? "").startsWith("<<-");
        while (i < lines.length && (strip ? (lines[i] ?? "").replace(/^\t+/, "") : lines[i]) !== delimiter) i += 1;
        if (i >= lines.length) return false;
        i += 1;
      }
    }
    return true;
  }

  /** Runs every command line in `text` (heredoc bodies included) and returns what the terminal shows. */
  run(text: string): ShellResult {
    const chunks: OutputChunk[] = [];
    const lines = text.replace(/\r\n/g, "\n").split("\n");
    if (lines[lines.length - 1] === "") lines.pop();
    let anyFailed = false;
    let code = 0;
    let i = 0;
    while (i < lines.length) {
      let line = lines[i] ?? "";
      i += 1;
      while (lineContinues(line) && i < lines.length) {
        line = line.endsWith("\\") ? `${line.slice(0, -1)}${lines[i] ?? ""}` : `${line}\n${lines[i] ?? ""}`;
        i += 1;
      }
      if (line.trim() === "") continue;
      const historyStart = i - 1;
      let pipelines: Pipeline[];
      try {
        pipelines = parseCommandLine(tokenize(line, (name) => this.session.vars.get(name)));
        for (const p of pipelines) for (const c of p.commands) if (c.heredoc) i = this.readHeredoc(c, lines, i, chunks);
      } catch (e) {
        if (!(e instanceof ShellSyntaxError)) throw e;
        chunks.push({ stream: "stderr", text: `bash: ${e.message}\n` });
        this.session.history.push(line);
        code = 2;
        anyFailed = true;
        continue;
      }
      this.session.history.push(lines.slice(historyStart, i).join("\n"));
      code = this.runList(pipelines, chunks);
      this.session.vars.set("?", String(code));
      if (code !== 0) anyFailed = true;
    }
    const of = (stream: OutputChunk["stream"]): string => chunks.filter((c) => c.stream === stream).map((c) => c.text).join("");
    return { chunks, stdout: of("stdout"), stderr: of("stderr"), code, anyFailed };
  }

  private readHeredoc(command: SimpleCommand, lines: readonly string[], start: number, chunks: OutputChunk[]): number {
    const doc = command.heredoc;
    if (!doc) return start;
    const body: string[] = [];
    let i = start;
    for (; i < lines.length; i += 1) {
      const raw = lines[i] ?? "";
      const line = doc.stripTabs ? raw.replace(/^\t+/, "") : raw;
      if (line === doc.delimiter) break;
      body.push(line);
    }
    if (i >= lines.length) chunks.push({ stream: "stderr", text: `bash: warning: here-document delimited by end-of-file (wanted \`${doc.delimiter}')\n` });
    const text = body.length > 0 ? `${body.join("\n")}\n` : "";
    this.heredocs.set(command, doc.literal ? text : this.expandBody(text));
    return i + 1;
  }

  private readonly heredocs = new WeakMap<SimpleCommand, string>();

  private expandBody(text: string): string {
    return text.replace(/\\\$/g, "\u0000").replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)\}|\$([A-Za-z_][A-Za-z0-9_]*)/g, (_m, a: string | undefined, b: string | undefined) => this.session.vars.get(a ?? b ?? "") ?? "").replace(/\u0000/g, "$");
  }

  private runList(pipelines: readonly Pipeline[], chunks: OutputChunk[]): number {
    let code = 0;
    for (const p of pipelines) {
      if (p.after === "&&" && code !== 0) continue;
      if (p.after === "||" && code === 0) continue;
      code = this.runPipeline(p, chunks);
    }
    return code;
  }

  private runPipeline(pipeline: Pipeline, chunks: OutputChunk[]): number {
    let stdin = "";
    let code = 0;
    pipeline.commands.forEach((command, index) => {
      const last = index === pipeline.commands.length - 1;
      const result = this.runCommand(command, stdin);
      code = result.code;
      const err = result.stderr ? [{ stream: "stderr" as const, text: result.stderr }] : [];
      const out = last && result.stdout ? [{ stream: "stdout" as const, text: result.stdout }] : [];
      chunks.push(...(result.stderrFirst || !last ? [...err, ...out] : [...out, ...err]));
      if (!last) stdin = result.stdout;
    });
    return code;
  }

  private runCommand(command: SimpleCommand, piped: string): CommandOutput {
    const words = command.words.map((w) => w.value);
    const first = command.words[0];
    if (first && !first.quoted) {
      const alias = this.session.aliases.get(first.value);
      if (alias !== undefined) words.splice(0, 1, ...tokenize(alias, (n) => this.session.vars.get(n)).flatMap((t) => (t.kind === "word" ? [t.value] : [])));
    }
    if (words.length === 1 && /^[A-Za-z_][A-Za-z0-9_]*=/.test(words[0] ?? "")) {
      const w = words[0] ?? "";
      this.session.vars.set(w.slice(0, w.indexOf("=")), w.slice(w.indexOf("=") + 1));
      return { stdout: "", stderr: "", code: 0 };
    }
    let stdin = this.heredocs.get(command) ?? piped;
    for (const r of command.redirects) {
      if (r.op !== "<") continue;
      const text = this.session.files.read(r.target);
      if (text === undefined) return fail(`bash: ${r.target}: No such file or directory`);
      stdin = text;
    }
    const [name = "", ...args] = words;
    let result: CommandOutput;
    if (name === "") result = { stdout: "", stderr: "", code: 0 };
    else {
      const program = this.programs[name];
      result = program ? program({ name, args, stdin, session: this.session }) : fail(`bash: ${name}: command not found`, 127);
    }
    return this.redirect(command, result);
  }

  private redirect(command: SimpleCommand, result: CommandOutput): CommandOutput {
    let { stdout, stderr } = result;
    for (const r of command.redirects) {
      if (r.op === "<") continue;
      if (r.op === "2>&1") { stdout += stderr; stderr = ""; continue; }
      const text = r.op === "2>" || r.op === "2>>" ? stderr : r.op === "&>" ? stdout + stderr : stdout;
      if (r.target !== "/dev/null") {
        if (this.session.files.isDirectory(r.target)) return fail(`bash: ${r.target}: Is a directory`);
        this.session.files.write(r.target, text, r.op === ">>" || r.op === "2>>");
      }
      if (r.op === "2>" || r.op === "2>>") stderr = "";
      else if (r.op === "&>") { stdout = ""; stderr = ""; }
      else stdout = "";
    }
    return { stdout, stderr, code: result.code, stderrFirst: result.stderrFirst };
  }
}
