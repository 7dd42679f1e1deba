/**
 * `kubectl …`: finds the command from the words after `kubectl` (longest path, aliases for the
 * last word), parses its flags, and runs it; every error becomes kubectl's text and exit status 1.
 */
import type { Program } from "../shell/program";
import { KubectlError, type KubectlCommand } from "./command";
import { FlagError, Flags, GLOBAL_FLAGS, parseFlags } from "./flags";
import { groupFallback } from "./command-group";
import { helpText, rootHelp } from "./help";

const VALUE_GLOBALS = new Set(GLOBAL_FLAGS.filter((f) => f.type !== "bool").flatMap((f) => [`--${f.name}`, ...(f.short ? [`-${f.short}`] : [])]));

// Short names kubectl accepts for subcommand words anywhere in a path (`create svc nodeport`).
const WORD_ALIASES: Readonly<Record<string, readonly string[]>> = { service: ["svc"], deployment: ["deploy"], configmap: ["cm"], namespace: ["ns"], cronjob: ["cj"], ingress: ["ing"] };

function matches(command: KubectlCommand, words: readonly string[]): boolean {
  const path = command.path.split(" ");
  if (words.length < path.length) return false;
  return path.every((p, i) => words[i] === p || WORD_ALIASES[p]?.includes(words[i] ?? "") || (i === path.length - 1 && command.aliases?.includes(words[i] ?? "")));
}

/** The command words (before the first argument): flags and their values are skipped. */
function leadingWords(args: readonly string[]): { words: string[]; at: number[] } {
  const words: string[] = [];
  const at: number[] = [];
  for (let i = 0; i < args.length && words.length < 3; i += 1) {
    const a = args[i] ?? "";
    if (a === "--") break;
    if (a.startsWith("-")) { if (VALUE_GLOBALS.has(a)) i += 1; continue; }
    words.push(a);
    at.push(i);
  }
  return { words, at };
}

const levenshtein = (a: string, b: string): number => {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j += 1) (d[0] as number[])[j] = j;
  for (let i = 1; i <= a.length; i += 1) for (let j = 1; j <= b.length; j += 1) {
    const row = d[i] as number[], prev = d[i - 1] as number[];
    row[j] = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
  }
  return (d[a.length] as number[])[b.length] ?? 0;
};

export function kubectlProgram(commands: readonly KubectlCommand[]): Program {
  return (call) => {
    const { words, at } = leadingWords(call.args);
    if (words.length === 0) return { stdout: rootHelp(commands), stderr: "", code: 0 };
    const candidates = commands.filter((c) => matches(c, words)).sort((a, b) => b.path.split(" ").length - a.path.split(" ").length);
    const command = candidates[0];
    if (!command) {
      const group = groupFallback(commands, words[0] ?? "", call.args);
      if (group) return group;
      const top = [...new Set(commands.map((c) => c.path.split(" ")[0] ?? ""))];
      const near = top.filter((t) => levenshtein(t, words[0] ?? "") <= 2 || t.startsWith(words[0] ?? "\u0000"));
      const hint = near.length > 0 ? `\n\nDid you mean this?\n${near.map((n) => `\t${n}\n`).join("")}` : "\n";
      return { stdout: "", stderr: `error: unknown command "${words[0] ?? ""}" for "kubectl"${hint}`, code: 1 };
    }
    const depth = command.path.split(" ").length;
    const rest = call.args.filter((_a, i) => !at.slice(0, depth).includes(i));
    try {
      const parsed = parseFlags(rest, command.flags);
      const flags = new Flags(parsed, command.flags);
      if (flags.bool("help")) return { stdout: helpText(command, commands), stderr: "", code: 0 };
      const namespace = flags.has("namespace") ? flags.string("namespace") : call.session.namespace;
      return command.run({ command, args: parsed.positional, flags, afterDash: parsed.afterDash, session: call.session, stdin: call.stdin, namespace, cluster: call.session.cluster });
    } catch (e) {
      if (e instanceof FlagError) return { stdout: "", stderr: `error: ${e.message}\nSee 'kubectl ${command.path} --help' for usage.\n`, code: 1 };
      if (e instanceof KubectlError) return { stdout: e.stdout, stderr: `${e.text}\n`, code: 1 };
      throw e;
    }
  };
}
