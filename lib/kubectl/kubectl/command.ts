/** The shape of one kubectl command (one per file under ./commands) and what it is called with. */
import type { Cluster } from "../../cluster";
import type { CommandOutput, SessionState } from "../shell/program";
import type { FlagSpec, Flags } from "./flags";

export interface Invocation {
  readonly command: KubectlCommand;
  readonly args: readonly string[];
  readonly flags: Flags;
  /** Arguments after `--`. */
  readonly afterDash: readonly string[] | undefined;
  readonly session: SessionState;
  readonly stdin: string;
  /** `-n`, else the current context's namespace. */
  readonly namespace: string;
  readonly cluster: Cluster;
}

export interface KubectlCommand {
  /** Words after `kubectl`, e.g. `create deployment`. */
  readonly path: string;
  /** Other names for the last word (`deploy` for `create deployment`). */
  readonly aliases?: readonly string[];
  readonly short: string;
  readonly usage: string;
  readonly flags: readonly FlagSpec[];
  readonly run: (inv: Invocation) => CommandOutput;
}

/** An error kubectl prints and exits 1 with; `text` is printed as is. */
export class KubectlError extends Error {
  constructor(readonly text: string, readonly stdout = "") {
    super(text);
  }
}

export function usageError(inv: Invocation, message: string): KubectlError {
  return new KubectlError(`error: ${message}\nSee 'kubectl ${inv.command.path} -h' for help and examples`);
}
