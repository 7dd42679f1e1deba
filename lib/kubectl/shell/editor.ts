/**
 * The editor protocol: a program (`kubectl edit`, `vi FILE`) opens the editor by returning an
 * OpenEditor; the shell pauses the input there and hands the EditRequest to whoever drives it (the
 * page's editor dialog, the CLI's $EDITOR, a replay). `finish` receives the saved text, or null when
 * the editor was closed without saving, and returns the command's output — possibly opening the
 * editor again (kubectl reopens an edit that the API server rejected).
 */
import type { CommandOutput } from "./program";

export interface EditRequest {
  /** Where the text lives: the file edited, or kubectl's temporary `/tmp/kubectl-edit-….yaml`. */
  readonly path: string;
  /** What the editor shows when it opens. */
  readonly text: string;
  /** `object` for `kubectl edit` (saving applies it), `file` for `vi FILE` (saving writes the file). */
  readonly kind: "object" | "file";
}

export interface OpenEditor {
  readonly request: EditRequest;
  readonly finish: (saved: string | null) => CommandOutput;
}

/** Lines beginning with `#` (not `#!`) dropped, as kubectl's ManualStrip does before it compares or re-shows an edit. */
export function stripCommentLines(text: string): string {
  return text.split("\n").filter((line) => {
    const t = line.trim();
    return !(t.startsWith("#") && !t.startsWith("#!"));
  }).join("\n");
}
