/**
 * Replays a recorded or scripted command session on a shell, bounded: at most MAX_COMMANDS inputs,
 * each at most MAX_INPUT_CHARS long, and each command's output kept up to MAX_OUTPUT_CHARS. Edit
 * steps complete through the shell's edit protocol as `replayCommands` in lib/kubectl does (the saved
 * text or null; an editor reopened after a rejected edit is closed without saving), and a script's
 * `diff edited` step is applied to the text the editor opened with.
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

const shown = (result: ShellResult): string => result.chunks.map((c) => c.text).join("");

function capped(text: string): string {
  return text.length <= MAX_OUTPUT_CHARS ? text : `${text.slice(0, MAX_OUTPUT_CHARS)}\n[output cut: only the first ${MAX_OUTPUT_CHARS} characters of each command's output are kept]\n`;
}

/** The text an edit step saves: recorded, or a script's patch applied to what the editor shows. */
function savedText(entry: ReplayEntry, opened: string): { text: string | null; note: string } {
  if (entry.editPatch === undefined) return { text: entry.edited ?? null, note: "" };
  const patched = applyEditPatch(opened, entry.editPatch);
  return "error" in patched ? { text: null, note: `kubedeck: the scripted edit was not made: ${patched.error}\n` } : { text: patched.text, note: "" };
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
    const opened = shell.pendingEdit;
    if (opened && (entry.edited !== undefined || entry.editPatch !== undefined)) {
      const saved = savedText(entry, opened.text);
      result = shell.finishEdit(saved.text);
      output += saved.note + shown(result);
      stderr += saved.note + result.stderr;
      if (saved.note) result = { ...result, code: 1 };
    }
    while (shell.pendingEdit) {
      result = shell.finishEdit(null);
      output += shown(result);
      stderr += result.stderr;
    }
    commands.push({ line: entry.line, output: capped(output), stderr: capped(stderr), code: result.code });
  });
  return { commands, errors };
}
