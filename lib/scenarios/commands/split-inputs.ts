/**
 * A ```sh block into the inputs a learner would submit at the prompt, one per command line, with
 * its `\` continuation lines, open quotes and heredoc bodies kept together (what the shell's
 * `isComplete` accepts as one input). Blank lines and `#` comment lines between commands are skipped.
 */
import { LineContinuation } from "../../kubectl/shell/line-continuation";

export interface ScriptInput {
  text: string;
  /** 0-based index of its first line in the block. */
  offset: number;
  /** Set when the block ended inside the input (an open quote, `\` or heredoc). */
  unterminated?: string;
}

const HEREDOC = /<<-?\s*(['"]?)([A-Za-z_][A-Za-z0-9_]*)\1/g;

export function splitInputs(block: string): ScriptInput[] {
  const lines = block.replace(/\r\n/g, "\n").split("\n");
  const inputs: ScriptInput[] = [];
  let i = 0;
  while (i < lines.length) {
    const offset = i;
    let line = lines[i] ?? "";
    i += 1;
    if (line.trim() === "" || line.trim().startsWith("#")) continue;
    const taken = [line];
    let unterminated: string | undefined;
    const reading = new LineContinuation();
    for (let more = reading.feed(line); more; more = reading.feed(`\n${lines[i - 1] ?? ""}`)) {
      if (i >= lines.length) { unterminated = "it ends inside a quote or after a trailing \\"; break; }
      line = `${line}\n${lines[i] ?? ""}`;
      taken.push(lines[i] ?? "");
      i += 1;
    }
    for (const m of line.matchAll(HEREDOC)) {
      const delimiter = m[2] ?? "";
      const strip = (m[0] ?? "").startsWith("<<-");
      while (i < lines.length && (strip ? (lines[i] ?? "").replace(/^\t+/, "") : lines[i]) !== delimiter) taken.push(lines[i++] ?? "");
      if (i >= lines.length) { unterminated = `its heredoc is never closed by a line "${delimiter}"`; break; }
      taken.push(lines[i++] ?? "");
    }
    inputs.push({ text: taken.join("\n"), offset, ...(unterminated ? { unterminated } : {}) });
  }
  return inputs;
}
