/**
 * Golden transcripts: `$ command` lines (heredoc and continuation lines start with `> `) followed by
 * what the terminal shows (stdout and stderr in order; `⏎` ends output that has no final newline). `replay` runs the commands in a fresh shell
 * on a fresh cluster and returns the transcript it produces, to compare byte for byte.
 *
 * A command that opens the editor (`kubectl edit`, `vi FILE`) is followed by `@ ` lines, what the
 * learner does in it, each followed by what the terminal shows then:
 *   `@ show`            the editor's text, each line as `| line`
 *   `@ replace A => B`  change the first A in the text to B (`\n` in A and B is a line break)
 *   `@ save`            save and close (`finishEdit(text)`); `@ cancel` closes without saving
 */
import { createCluster } from "@/lib/cluster";
import { createShell, type Shell } from "@/lib/kubectl";

export interface Step {
  readonly line: string;
  readonly editor: string[];
}

export function commandsOf(transcript: string): Step[] {
  const steps: { line: string; editor: string[] }[] = [];
  for (const line of transcript.split("\n")) {
    const last = steps[steps.length - 1];
    if (line.startsWith("$ ")) steps.push({ line: line.slice(2), editor: [] });
    else if ((line.startsWith("> ") || line === ">") && last) last.line = `${last.line}\n${line.slice(2)}`;
    else if (line.startsWith("@ ") && last) last.editor.push(line.slice(2));
  }
  return steps;
}

const shown = (text: string): string => (text === "" || text.endsWith("\n") ? text : `${text}⏎\n`);

function edit(shell: Shell, actions: readonly string[]): string {
  let out = "";
  let text = shell.pendingEdit?.text ?? "";
  for (const action of actions) {
    out += `@ ${action}\n`;
    const request = shell.pendingEdit;
    if (!request) { out += "(no editor is open)\n"; continue; }
    if (action === "show") out += request.text.split("\n").map((l, i, all) => (i === all.length - 1 && l === "" ? "" : `| ${l}\n`)).join("");
    else if (action.startsWith("replace ")) {
      const [from = "", to = ""] = action.slice(8).split(" => ").map((s) => s.replace(/\\n/g, "\n"));
      if (!text.includes(from)) out += `(not found: ${from})\n`;
      text = text.replace(from, to);
    } else if (action === "save" || action === "cancel") {
      out += shown(shell.finishEdit(action === "save" ? text : null).chunks.map((c) => c.text).join(""));
      text = shell.pendingEdit?.text ?? "";
    } else out += `(unknown editor action)\n`;
  }
  return out;
}

export function replay(steps: readonly Step[], workers = 3): string {
  const shell = createShell(createCluster({ workers }));
  let out = "";
  for (const step of steps) {
    out += `${step.line.split("\n").map((l, i) => (i === 0 ? `$ ${l}` : `> ${l}`)).join("\n")}\n`;
    // Output without a final newline is marked as zsh marks it, so the next `$ ` starts a line.
    out += shown(shell.run(step.line).chunks.map((c) => c.text).join(""));
    if (step.editor.length > 0) out += edit(shell, step.editor);
    if (shell.pendingEdit) shell.finishEdit(null);
  }
  return out;
}
