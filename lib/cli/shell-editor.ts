/**
 * What `kubedeck shell` does when a command opens the editor (`kubectl edit`, `vi FILE`): in a
 * terminal it runs $KUBE_EDITOR, $EDITOR or vi on a real temporary file, as kubectl does; when
 * standard input is not a terminal there is nobody to edit, so the edit is cancelled and the
 * message says how a script changes an object instead.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import type { EditRequest, Shell, ShellResult } from "../kubectl";
import type { CliIo } from "./command";

/** Runs an editor on the request's text; the saved text, null when the editor failed or quit with an error, or why no editor ran. */
export type EditorLauncher = (request: EditRequest) => { saved: string | null } | { unavailable: string };

export function print(result: ShellResult, io: CliIo): void {
  for (const chunk of result.chunks) (chunk.stream === "stdout" ? io.stdout : io.stderr)(chunk.text);
}

/** The command that runs the editor: $KUBE_EDITOR, then $EDITOR (kubectl's order), else vi. */
export function editorCommand(env: Readonly<Record<string, string | undefined>>): string {
  return env.KUBE_EDITOR?.trim() || env.EDITOR?.trim() || "vi";
}

export function terminalEditor(env: Readonly<Record<string, string | undefined>> = process.env): EditorLauncher {
  return (request) => {
    const command = editorCommand(env);
    const dir = mkdtempSync(join(tmpdir(), "kubedeck-edit-"));
    const file = join(dir, basename(request.path));
    try {
      writeFileSync(file, request.text);
      // Through the shell, as kubectl does, so EDITOR="code --wait" works; readline's raw mode is lifted while it runs.
      const raw = process.stdin.isTTY === true && process.stdin.isRaw;
      if (raw) process.stdin.setRawMode(false);
      const run = spawnSync(`${command} '${file.replace(/'/g, "'\\''")}'`, { shell: true, stdio: "inherit" });
      if (raw) process.stdin.setRawMode(true);
      if (run.error || run.status === 127) return { unavailable: `the editor \`${command}\` could not be started${run.error ? ` (${run.error.message})` : ""}` };
      if (run.status !== 0) return { saved: null };
      return { saved: readFileSync(file, "utf8") };
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
}

const HOW_TO_SCRIPT = "In a script, change an object with `kubectl get TYPE NAME -o yaml > f.yaml`, edit f.yaml (e.g. with sed), then `kubectl apply -f f.yaml`; write a file with `cat <<EOF > FILE`.";

/**
 * Closes the edits `result` left open (kubectl may reopen one) and prints what they print. Returns
 * true when an edit could not be made (no terminal or no editor): the command counts as failed.
 */
export function settleEdits(shell: Shell, result: ShellResult, io: CliIo, launch: EditorLauncher | undefined): { failed: boolean; last: ShellResult } {
  let last = result;
  let failed = false;
  while (last.edit) {
    const request = last.edit;
    const what = request.kind === "object" ? "kubectl edit" : `editing ${request.path}`;
    if (!launch) {
      io.stderr(`kubedeck shell: ${what} needs a terminal, and standard input is not one: the edit was cancelled. ${HOW_TO_SCRIPT}\n`);
      failed = true;
      last = shell.finishEdit(null);
    } else {
      const outcome = launch(request);
      if ("unavailable" in outcome) {
        io.stderr(`kubedeck shell: ${outcome.unavailable}; the edit was cancelled. Set EDITOR (for example \`EDITOR=nano npx kubedeck shell\`), or: ${HOW_TO_SCRIPT}\n`);
        failed = true;
        last = shell.finishEdit(null);
      } else last = shell.finishEdit(outcome.saved);
    }
    print(last, io);
  }
  return { failed: failed || last.anyFailed, last };
}
