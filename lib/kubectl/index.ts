/**
 * Kubedeck's practice shell: bash basics (quotes, pipes, redirects, heredocs, aliases, variables,
 * history) and kubectl with real output formats and errors, running on the simulated cluster.
 * Pure; runs in the browser and in Node.
 *
 *   const shell = createShell(createCluster());
 *   shell.run("k create deploy web --image=nginx --replicas=2").stdout  // "deployment.apps/web created\n"
 */
import type { Cluster } from "../cluster";
import { ALL_COMMANDS } from "./commands/all";
import { kubectlProgram } from "./kubectl/dispatch";
import { SESSION_PROGRAMS } from "./shell/programs/session";
import { TEXT_PROGRAMS } from "./shell/programs/text";
import { Shell } from "./shell/shell";
import type { Program } from "./shell/program";

export { Shell, type ShellResult, type OutputChunk } from "./shell/shell";
export type { EditRequest } from "./shell/editor";
export { replayCommands, type CommandEntry } from "./shell/transcript";
export { loadExplainDocs } from "./explain/docs";
export { ALL_COMMANDS };

const programs = (): Record<string, Program> => ({ ...TEXT_PROGRAMS, ...SESSION_PROGRAMS, kubectl: kubectlProgram(ALL_COMMANDS) });

/** The programs the shell runs, for completion of the first word. */
export const PROGRAM_NAMES: readonly string[] = Object.keys(programs()).sort();

export function createShell(cluster: Cluster): Shell {
  return new Shell(cluster, programs());
}
