/**
 * `kubectl set`, `kubectl rollout`, `kubectl top` … are groups without work of their own: kubectl's
 * DefaultSubCommandRun prints the group's help to stderr, or for a word it does not know
 * `error: unknown command "X"` and where to look, and exits 1.
 */
import type { CommandOutput } from "../shell/program";
import type { KubectlCommand } from "./command";

export function groupFallback(commands: readonly KubectlCommand[], group: string, args: readonly string[]): CommandOutput | undefined {
  const subs = commands.filter((c) => c.path.startsWith(`${group} `));
  if (subs.length === 0 || commands.some((c) => c.path === group)) return undefined;
  const at = args.indexOf(group);
  const rest = args.slice(at + 1).filter((a) => !a.startsWith("-"));
  if (rest.length > 0) return { stdout: "", stderr: `error: unknown command "${rest.join(" ")}"\nSee 'kubectl ${group} -h' for help and examples\n`, code: 1 };
  const lines = ["Available Commands:", ...subs.map((s) => `  ${s.path.slice(group.length + 1).padEnd(16)} ${s.short}`), "", "Usage:", `  kubectl ${group} SUBCOMMAND [options]`, "", "Use \"kubectl <command> --help\" for more information about a given command.", ""];
  return { stdout: "", stderr: lines.join("\n"), code: 1 };
}
