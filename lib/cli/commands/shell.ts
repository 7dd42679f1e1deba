/**
 * `kubedeck shell [--nodes N] [FILE…]`: the practice shell on a fresh simulated cluster. FILEs are
 * applied first. In a terminal it is a REPL with history; when standard input is not a terminal it
 * runs one command line per line and prints exactly what the terminal would (no prompt, no colour),
 * exiting 0, or 1 when any command failed.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { createInterface } from "node:readline";
import { createCluster } from "../../cluster/cluster";
import { createShell, loadExplainDocs, PROGRAM_NAMES, type Shell } from "../../kubectl";
import { complete } from "../../kubectl/complete";
import { EXIT_USAGE, type CliCommand, type CliIo } from "../command";
import { print, settleEdits, terminalEditor, type EditorLauncher } from "../shell-editor";

const USAGE = `Usage: npx kubedeck shell [--nodes N] [FILE…]

A bash-like shell with kubectl on a fresh simulated cluster (one control-plane node and N workers,
default 3). FILEs (manifests) are applied first. \`k\` is an alias of kubectl.

When standard input is not a terminal, each line is one command line (heredocs included); output
is printed exactly as the terminal shows it, and the exit status is 0, or 1 if any command failed.

\`kubectl edit\` and \`vi FILE\` open $KUBE_EDITOR, $EDITOR or vi on a temporary file in a terminal.
Without a terminal the edit is cancelled (the command fails): scripts use
\`kubectl get TYPE NAME -o yaml > f.yaml\`, change f.yaml, then \`kubectl apply -f f.yaml\`.

Options:
  --nodes N   number of worker nodes (1-100, default 3)`;

export interface ShellInput {
  readonly isTTY: boolean;
  /** Lines of standard input (without newlines), read lazily. */
  readonly lines: () => AsyncIterable<string>;
  /** Runs the editor for `kubectl edit` / `vi FILE` in a terminal (default: $KUBE_EDITOR, $EDITOR or vi). */
  readonly editor?: EditorLauncher;
}

function processInput(): ShellInput {
  return {
    isTTY: process.stdin.isTTY === true,
    lines: () => createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY }),
    editor: terminalEditor(),
  };
}

function parse(args: readonly string[]): { nodes: number; files: string[] } | string {
  const out = { nodes: 3, files: [] as string[] };
  for (let i = 0; i < args.length; i += 1) {
    const a = args[i] ?? "";
    if (a === "--nodes" || a.startsWith("--nodes=")) {
      const v = a.startsWith("--nodes=") ? a.slice(8) : args[(i += 1)];
      const n = Number(v);
      if (!v || !Number.isInteger(n) || n < 1 || n > 100) return `--nodes needs a whole number from 1 to 100, got ${v ?? "nothing"}`;
      out.nodes = n;
    } else if (a.startsWith("-")) return `unknown option ${a}`;
    else out.files.push(a);
  }
  return out;
}

/** Runs one input, editors included (`launch` undefined: no terminal, edits are cancelled); true when anything failed. */
function emit(shell: Shell, text: string, io: CliIo, launch: EditorLauncher | undefined): boolean {
  const result = shell.run(text);
  print(result, io);
  const edits = settleEdits(shell, result, io, launch);
  return result.anyFailed || edits.failed;
}

async function scripted(shell: Shell, input: ShellInput, io: CliIo): Promise<number> {
  let failed = false;
  let buffer: string[] = [];
  for await (const line of input.lines()) {
    buffer.push(line);
    const text = buffer.join("\n");
    if (!shell.isComplete(text)) continue;
    failed = emit(shell, text, io, undefined) || failed;
    buffer = [];
  }
  if (buffer.length > 0) failed = emit(shell, buffer.join("\n"), io, undefined) || failed;
  return failed ? 1 : 0;
}

async function interactive(shell: Shell, io: CliIo, launch: EditorLauncher): Promise<number> {
  const completer = (line: string): [string[], string] => {
    const { insert, options } = complete(shell, line, PROGRAM_NAMES);
    const word = line.split(/\s+/).pop() ?? "";
    return options.length > 0 ? [options, word] : [[`${word}${insert}`], word];
  };
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true, historySize: 1000, completer });
  const prompt = (): string => `${shell.session.namespace === "default" ? "" : `(${shell.session.namespace}) `}controlplane:~$ `;
  io.stdout("Kubedeck practice shell: a simulated cluster. `k` is kubectl. Ctrl-D to leave.\n");
  let buffer: string[] = [];
  rl.setPrompt(prompt());
  rl.prompt();
  for await (const line of rl) {
    buffer.push(line);
    const text = buffer.join("\n");
    if (!shell.isComplete(text)) {
      rl.setPrompt("> ");
      rl.prompt();
      continue;
    }
    if (text.trim() === "exit") break;
    // The editor takes the terminal while it runs; readline resumes after.
    rl.pause();
    emit(shell, text, io, launch);
    rl.resume();
    buffer = [];
    rl.setPrompt(prompt());
    rl.prompt();
  }
  rl.close();
  return 0;
}

export async function runShell(args: readonly string[], io: CliIo, input: ShellInput = processInput()): Promise<number> {
  const parsed = parse(args);
  if (typeof parsed === "string") {
    io.stderr(`kubedeck shell: ${parsed}\n\n${USAGE}\n`);
    return EXIT_USAGE;
  }
  const cluster = createCluster({ workers: parsed.nodes });
  const shell = createShell(cluster);
  await loadExplainDocs();
  for (const file of parsed.files) {
    let text: string;
    try {
      text = readFileSync(resolve(io.cwd, file), "utf8");
    } catch (e) {
      io.stderr(`kubedeck shell: cannot read ${file}: ${e instanceof Error ? e.message : String(e)}\n`);
      return EXIT_USAGE;
    }
    shell.session.files.write(file.split("/").pop() ?? file, text);
    const { errors } = cluster.apply([{ file, text }]);
    for (const e of errors) io.stderr(`${e.file}:${e.line}:${e.column}: ${e.object}: ${e.message}\n`);
    if (errors.length > 0) return 1;
  }
  cluster.settle();
  return input.isTTY ? interactive(shell, io, input.editor ?? terminalEditor()) : scripted(shell, input, io);
}

export const command: CliCommand = {
  name: "shell",
  summary: "A bash-like shell with kubectl on a simulated cluster (scriptable through stdin).",
  usage: USAGE,
  run: (args, io) => runShell(args, io),
};
