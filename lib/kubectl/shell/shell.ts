/**
 * The shell: reads command lines (with their heredoc bodies), expands aliases and variables, runs
 * pipelines of programs on strings, applies redirections to the in-memory files, and keeps history.
 * Pure: the cluster is passed in, nothing touches the real machine.
 */
import type { EditRequest, OpenEditor } from "./editor";
import { MemoryFiles } from "./files";
import { parseCommandLine, type Pipeline, type SimpleCommand } from "./parse";
import { fail, type CommandOutput, type Program, type SessionState } from "./program";
import { LineContinuation } from "./line-continuation";
import { expandHeredocBody } from "./heredoc-body";
import { ShellSyntaxError, tokenize } from "./tokenize";
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
  /** Present while the editor is open (the input's last command opened it): finish with `Shell.finishEdit`. */
  readonly edit?: EditRequest;
}

const HEREDOC = /<<-?\s*(['"]?)([A-Za-z_][A-Za-z0-9_]*)\1/g;

/** A here-document that could not be expanded: `next` is the line after its body. */
class HeredocError extends ShellSyntaxError {
  constructor(message: string, readonly next: number) {
    super(message);
  }
}

export class Shell {
  readonly session: SessionState;

  constructor(cluster: Cluster, private readonly programs: Readonly<Record<string, Program>>) {
    this.session = {
      files: new MemoryFiles(),
      vars: new Map([["HOME", "/root"], ["?", "0"]]),
      aliases: new Map([["k", "kubectl"]]),
      history: [],
      served: [],
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
      const reading = new LineContinuation();
      for (let more = reading.feed(line); more; more = reading.feed(`\n${lines[i] ?? ""}`)) {
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
    if (this.paused) {
      const path = this.paused.editor.request.path;
      return this.result([{ stream: "stderr", text: `bash: the editor is open on ${path}: save or cancel it before running another command\n` }], 1, true);
    }
    const lines = text.replace(/\r\n/g, "\n").split("\n");
    if (lines[lines.length - 1] === "") lines.pop();
    const chunks: OutputChunk[] = [];
    const { code, anyFailed } = this.runLines(lines, 0, chunks, false, 0);
    return this.result(chunks, code, anyFailed);
  }

  /** The edit the last input opened and that is still waiting for `finishEdit`, if any. */
  get pendingEdit(): EditRequest | undefined {
    return this.paused?.editor.request;
  }

  /**
   * Closes the open editor with the text saved (null: closed without saving), prints what the
   * command prints then, and runs the rest of the paused input. The result carries `edit` again when
   * the command reopened the editor (kubectl edit after the API server rejected the change).
   */
  finishEdit(saved: string | null): ShellResult {
    const p = this.paused;
    if (!p) return this.result([{ stream: "stderr", text: "bash: no editor is open\n" }], 1, true);
    this.paused = undefined;
    const chunks: OutputChunk[] = [];
    const out = this.redirect(p.command, p.editor.finish(saved));
    pushOutput(chunks, out, true);
    if (out.edit) {
      this.paused = { ...p, editor: out.edit };
      return this.result(chunks, out.code, p.anyFailed || out.code !== 0);
    }
    const code = this.runList(p.list, p.at, out.code, chunks, p.lines, p.next, p.anyFailed);
    if (code === undefined) return this.result(chunks, out.code, p.anyFailed || out.code !== 0);
    this.session.vars.set("?", String(code));
    const rest = this.runLines(p.lines, p.next, chunks, p.anyFailed || code !== 0, code);
    return this.result(chunks, rest.code, rest.anyFailed);
  }

  private paused: Paused | undefined;

  private result(chunks: OutputChunk[], code: number, anyFailed: boolean): ShellResult {
    const of = (stream: OutputChunk["stream"]): string => chunks.filter((c) => c.stream === stream).map((c) => c.text).join("");
    const edit = this.paused?.editor.request;
    return { chunks, stdout: of("stdout"), stderr: of("stderr"), code, anyFailed, ...(edit ? { edit } : {}) };
  }

  private runLines(lines: readonly string[], from: number, chunks: OutputChunk[], failedBefore: boolean, codeBefore: number): { code: number; anyFailed: boolean } {
    let anyFailed = failedBefore;
    let code = codeBefore;
    let i = from;
    while (i < lines.length) {
      let line = lines[i] ?? "";
      i += 1;
      const reading = new LineContinuation();
      let more = reading.feed(line);
      while (more && i < lines.length) {
        const next = lines[i] ?? "";
        if (line.endsWith("\\")) {
          reading.dropBackslash();
          line = `${line.slice(0, -1)}${next}`;
          more = reading.feed(next);
        } else {
          line = `${line}\n${next}`;
          more = reading.feed(`\n${next}`);
        }
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
        if (e instanceof HeredocError) i = e.next; // its body is read, not run as commands
        chunks.push({ stream: "stderr", text: `bash: ${e.message}\n` });
        this.session.history.push(line);
        code = 2;
        anyFailed = true;
        continue;
      }
      this.session.history.push(lines.slice(historyStart, i).join("\n"));
      const listCode = this.runList(pipelines, 0, 0, chunks, lines, i, anyFailed);
      if (listCode === undefined) return { code, anyFailed };
      code = listCode;
      this.session.vars.set("?", String(code));
      if (code !== 0) anyFailed = true;
    }
    return { code, anyFailed };
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
    try {
      this.heredocs.set(command, doc.literal ? text : expandHeredocBody(text, (name) => this.session.vars.get(name)));
    } catch (e) {
      throw e instanceof ShellSyntaxError ? new HeredocError(e.message, i + 1) : e;
    }
    return i + 1;
  }

  private readonly heredocs = new WeakMap<SimpleCommand, string>();

  /** Runs the list from pipeline `from`; undefined when a command opened the editor (the rest waits in `paused`). */
  private runList(pipelines: readonly Pipeline[], from: number, before: number, chunks: OutputChunk[], lines: readonly string[], next: number, anyFailed: boolean): number | undefined {
    let code = before;
    for (let at = from; at < pipelines.length; at += 1) {
      const p = pipelines[at] as Pipeline;
      if (p.after === "&&" && code !== 0) continue;
      if (p.after === "||" && code === 0) continue;
      const opened = this.runPipeline(p, chunks);
      code = opened.code;
      if (opened.editor && opened.command) {
        this.paused = { editor: opened.editor, command: opened.command, list: pipelines, at: at + 1, lines, next, anyFailed };
        return undefined;
      }
    }
    return code;
  }

  private runPipeline(pipeline: Pipeline, chunks: OutputChunk[]): { code: number; editor?: OpenEditor; command?: SimpleCommand } {
    let stdin = "";
    let code = 0;
    for (const [index, command] of pipeline.commands.entries()) {
      const last = index === pipeline.commands.length - 1;
      const result = this.runCommand(command, stdin);
      code = result.code;
      pushOutput(chunks, result, last);
      // The editor takes the terminal: what follows in the pipeline runs after it closes, on nothing.
      if (result.edit) return { code, editor: result.edit, command };
      if (!last) stdin = result.stdout;
    }
    return { code };
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
    return { stdout, stderr, code: result.code, stderrFirst: result.stderrFirst, ...(result.edit ? { edit: result.edit } : {}) };
  }
}

/** A command's output in terminal order; only the last command of a pipeline writes stdout to the terminal. */
function pushOutput(chunks: OutputChunk[], result: CommandOutput, last: boolean): void {
  const err = result.stderr ? [{ stream: "stderr" as const, text: result.stderr }] : [];
  const out = last && result.stdout ? [{ stream: "stdout" as const, text: result.stdout }] : [];
  chunks.push(...(result.stderrFirst || !last ? [...err, ...out] : [...out, ...err]));
}

/** Where the input stopped when a command opened the editor, to go on from there once it closes. */
interface Paused {
  readonly editor: OpenEditor;
  readonly command: SimpleCommand;
  readonly list: readonly Pipeline[];
  readonly at: number;
  readonly lines: readonly string[];
  readonly next: number;
  readonly anyFailed: boolean;
}
