/**
 * Golden transcripts: `$ command` lines (heredoc and continuation lines start with `> `) followed by
 * what the terminal shows (stdout and stderr in order; `⏎` ends output that has no final newline). `replay` runs the commands in a fresh shell
 * on a fresh cluster and returns the transcript it produces, to compare byte for byte.
 */
import { createCluster } from "@/lib/cluster";
import { createShell } from "@/lib/kubectl";

export function commandsOf(transcript: string): string[] {
  const commands: string[] = [];
  for (const line of transcript.split("\n")) {
    if (line.startsWith("$ ")) commands.push(line.slice(2));
    else if (line.startsWith("> ") || line === ">") {
      const last = commands.length - 1;
      if (last >= 0) commands[last] = `${commands[last] ?? ""}\n${line.slice(2)}`;
    }
  }
  return commands;
}

export function replay(commands: readonly string[], workers = 3): string {
  const shell = createShell(createCluster({ workers }));
  let out = "";
  for (const command of commands) {
    out += `${command.split("\n").map((l, i) => (i === 0 ? `$ ${l}` : `> ${l}`)).join("\n")}\n`;
    const shown = shell.run(command).chunks.map((c) => c.text).join("");
    // Output without a final newline is marked as zsh marks it, so the next `$ ` starts a line.
    out += shown === "" || shown.endsWith("\n") ? shown : `${shown}⏎\n`;
  }
  return out;
}
