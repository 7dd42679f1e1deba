/** What every command the shell runs (kubectl, cat, grep, export …) receives and returns. */
import type { Cluster } from "../../cluster";
import type { OpenEditor } from "./editor";
import type { ServedRequest } from "../logs/log-context";
import type { MemoryFiles } from "./files";

export interface CommandOutput {
  readonly stdout: string;
  readonly stderr: string;
  readonly code: number;
  /** The terminal shows stderr before stdout (a warning printed before the work); default after. */
  readonly stderrFirst?: boolean;
  /** The command opened the editor: the shell pauses until `Shell.finishEdit` (see ./editor). */
  readonly edit?: OpenEditor;
}

export interface SessionState {
  readonly files: MemoryFiles;
  readonly vars: Map<string, string>;
  readonly aliases: Map<string, string>;
  readonly history: string[];
  readonly cluster: Cluster;
  /** Requests pods answered during the session (`kubectl exec … wget|curl`), for their access logs. */
  readonly served: ServedRequest[];
  /** The namespace of kubectl's current context (`kubectl config set-context --current --namespace`). */
  namespace: string;
}

export interface ProgramCall {
  readonly name: string;
  readonly args: readonly string[];
  readonly stdin: string;
  readonly session: SessionState;
}

export type Program = (call: ProgramCall) => CommandOutput;

export const ok = (stdout = ""): CommandOutput => ({ stdout, stderr: "", code: 0 });
export const fail = (stderr: string, code = 1, stdout = ""): CommandOutput => ({ stdout, stderr: stderr.endsWith("\n") || stderr === "" ? stderr : `${stderr}\n`, code });
