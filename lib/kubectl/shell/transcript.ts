/**
 * A shell session as data: the command lines a learner ran, in order, with what they saved in the
 * editor. Replaying the entries on the same starting cluster rebuilds the same end state, which is
 * how a command task is graded on the server.
 */
import type { Shell, ShellResult } from "./shell";

export interface CommandEntry {
  /** The whole input as submitted at the prompt (heredoc bodies and continuation lines included). */
  readonly line: string;
  /**
   * Present when the line opened the editor (`kubectl edit`, `vi FILE`): the text last saved in it (when kubectl
   * reopened a rejected edit, the last save), or null when nothing was saved.
   */
  readonly edited?: string | null;
}

/**
 * Runs a recorded session on `shell`: each line, then — when the line opened the editor — the text
 * saved (or null, cancelled). An edit left open after that (kubectl reopening a rejected edit) is
 * closed without saving, as a learner closing the editor would, so the next line runs. One result
 * per entry: the line's output followed by what closing the editor printed.
 */
export function replayCommands(shell: Shell, entries: readonly CommandEntry[]): ShellResult[] {
  return entries.map((entry) => {
    const parts = [shell.run(entry.line)];
    if (shell.pendingEdit && entry.edited !== undefined) parts.push(shell.finishEdit(entry.edited));
    while (shell.pendingEdit) parts.push(shell.finishEdit(null));
    return joinResults(parts);
  });
}

function joinResults(parts: readonly ShellResult[]): ShellResult {
  const chunks = parts.flatMap((p) => p.chunks);
  const last = parts[parts.length - 1] as ShellResult;
  return {
    chunks,
    stdout: parts.map((p) => p.stdout).join(""),
    stderr: parts.map((p) => p.stderr).join(""),
    code: last.code,
    anyFailed: parts.some((p) => p.anyFailed),
  };
}
