/**
 * Replays a recorded or scripted command session on a shell, bounded: at most MAX_COMMANDS inputs,
 * each at most MAX_INPUT_CHARS long, and each command's output kept up to MAX_OUTPUT_CHARS. Edit
 * steps complete through the shell's edit protocol: the saved text, a cancel (null), or a
 * `diff edited` patch applied to the text the editor opened with.
 */
import type { Shell, ShellResult } from "../../kubectl";
import type { CommandEntry } from "../../kubectl/shell/transcript";
import { applyEditPatch } from "./apply-edit-patch";

export const MAX_COMMANDS = 300;
export const MAX_INPUT_CHARS = 100_000;
export const MAX_OUTPUT_CHARS = 20_000;

/** A step of a script: `editPatch` is a `diff edited` block, applied when the editor opens. */
export interface ReplayEntry extends CommandEntry {
  readonly editPatch?: string;
}

export interface ReplayedCommand {
  line: string;
  /** What the terminal showed (stdout and stderr in order), cut at MAX_OUTPUT_CHARS. */
  output: string;
  stderr: string;
  code: number;
}

/** The edit protocol of the shell (lib/kubectl/shell): a pending edit and how it is finished. */
interface EditRequest { readonly path: string; readonly text: string; readonly kind: "object" | "file" }
interface EditingShell { finishEdit(text: string | null): ShellResult }
const pendingEdit = (result: ShellResult): EditRequest | undefined => (result as ShellResult & { edit?: EditRequest }).edit;
const canFinishEdit = (shell: Shell): shell is Shell & EditingShell => typeof (shell as Partial<EditingShell>).finishEdit === "function";

const shown = (result: ShellResult): string => result.chunks.map((c) => c.text).join("");

function capped(text: string): string {
  return text.length <= MAX_OUTPUT_CHARS ? text : `${text.slice(0, MAX_OUTPUT_CHARS)}\n[output cut: only the first ${MAX_OUTPUT_CHARS} characters of each command's output are kept]\n`;
}

function finishEdit(shell: Shell, entry: ReplayEntry, request: EditRequest): { result?: ShellResult; note: string } {
  if (!canFinishEdit(shell)) return { note: "" };
  if (entry.editPatch !== undefined) {
    const patched = applyEditPatch(request.text, entry.editPatch);
    if ("error" in patched) return { result: shell.finishEdit(null), note: `kubedeck: the edit could not be made: ${patched.error}\n` };
    return { result: shell.finishEdit(patched.text), note: "" };
  }
  return { result: shell.finishEdit(entry.edited ?? null), note: entry.edited === undefined ? "kubedeck: no saved text was recorded for this edit; it was cancelled\n" : "" };
}

export function replayCommands(shell: Shell, entries: readonly ReplayEntry[]): { commands: ReplayedCommand[]; errors: string[] } {
  const errors: string[] = [];
  if (entries.length > MAX_COMMANDS) errors.push(`too many commands: ${entries.length}; at most ${MAX_COMMANDS} are replayed, so commands ${MAX_COMMANDS + 1}–${entries.length} did not run`);
  const commands: ReplayedCommand[] = [];
  entries.slice(0, MAX_COMMANDS).forEach((entry, index) => {
    if (entry.line.length > MAX_INPUT_CHARS) {
      errors.push(`command ${index + 1} is ${entry.line.length} characters long; at most ${MAX_INPUT_CHARS} are accepted, so it did not run`);
      commands.push({ line: entry.line.slice(0, 200), output: "", stderr: "", code: 1 });
      return;
    }
    let result = shell.run(entry.line);
    let output = shown(result);
    let stderr = result.stderr;
    const request = pendingEdit(result);
    if (request) {
      const finished = finishEdit(shell, entry, request);
      if (finished.result) {
        result = finished.result;
        output += finished.note + shown(result);
        stderr += finished.note + result.stderr;
      }
    }
    commands.push({ line: entry.line, output: capped(output), stderr: capped(stderr), code: result.code });
  });
  return { commands, errors };
}
