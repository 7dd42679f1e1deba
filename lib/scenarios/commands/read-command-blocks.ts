/**
 * The command sequences of a Solution or Wrong answer section: ```sh blocks (one input per command
 * line; `\` continuations and heredocs kept whole), each edit step followed by the block that says
 * what was saved — ```yaml edited (the whole saved text), ```diff edited (a hunk applied to what the
 * editor showed) or ```yaml edited=cancel (closed without saving).
 */
import type { FencedBlock } from "../../notes/index";
import { fenceAttributes, type Report } from "../parse-blocks";
import type { ScriptedCommand } from "../types";
import { editorsOpened } from "./editing-command";
import { splitInputs } from "./split-inputs";

const SHELL_LANGS = new Set(["sh", "bash", "shell"]);

export const isShellBlock = (b: FencedBlock): boolean => SHELL_LANGS.has(b.lang) && !isEditedBlock(b);
export const isEditedBlock = (b: FencedBlock): boolean => /(^|\s)edited(=|\s|$)/.test(b.meta);

/** The `fails=` / `expect=` attributes of the first sh block that has them. */
export function shellFenceAttributes(blocks: readonly FencedBlock[]): Record<string, string> | undefined {
  return blocks.filter(isShellBlock).map((b) => fenceAttributes(b.meta)).find((a) => a.fails !== undefined);
}

export function readCommandBlocks(blocks: readonly FencedBlock[], report: Report): ScriptedCommand[] {
  const commands: ScriptedCommand[] = [];
  /** The edit command still waiting for its edited block (only right after its sh block). */
  let waiting: ScriptedCommand | undefined;
  /** The previous sh block was already reported, so an edited block after it is no second mistake. */
  let excused = false;
  const flushWaiting = (): void => {
    if (waiting) report(waiting.sourceLine, `"${waiting.line.split("\n")[0] ?? ""}" opens the editor: follow its sh block with a \`\`\`yaml edited block (the saved text), a \`\`\`diff edited block (the change) or \`\`\`yaml edited=cancel`);
    waiting = undefined;
  };
  for (const block of blocks) {
    if (isEditedBlock(block)) {
      if (!waiting) {
        if (!excused) report(block.line, "this edited block does not follow an editing command: put it right after the ```sh block whose last command is `kubectl edit …` or `vi FILE`");
        continue;
      }
      const cancel = fenceAttributes(block.meta).edited === "cancel";
      const step: ScriptedCommand = cancel ? { ...waiting, edited: null }
        : block.lang === "diff" ? { ...waiting, editPatch: block.value }
        : { ...waiting, edited: block.value };
      commands.push(step);
      waiting = undefined;
      continue;
    }
    if (!isShellBlock(block)) continue;
    flushWaiting();
    excused = false;
    const inputs = splitInputs(block.value);
    if (inputs.length === 0) report(block.line, "this sh block has no command");
    inputs.forEach((input, index) => {
      const sourceLine = block.line + 1 + input.offset;
      if (input.unterminated) {
        report(sourceLine, `this command is not complete: ${input.unterminated}`);
        excused = true;
      }
      const command: ScriptedCommand = { line: input.text, sourceLine };
      const editors = editorsOpened(input.text);
      if (editors > 1) {
        report(sourceLine, `"${input.text.split("\n")[0] ?? ""}" opens the editor ${editors} times: put each editing command on a line of its own`);
        excused = true;
      } else if (editors === 0) commands.push(command);
      else if (index === inputs.length - 1) waiting = command;
      else {
        report(sourceLine, `"${input.text.split("\n")[0] ?? ""}" opens the editor, so it must be the last command of its sh block, followed by a \`\`\`yaml edited block with the saved text`);
        excused = true;
      }
    });
  }
  flushWaiting();
  return commands;
}
