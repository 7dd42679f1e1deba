/**
 * Lint for answers given as commands: a reference sequence must pass and each of its commands must
 * exit 0 (a typo is reported at the command's line in the file, with what the shell printed); a
 * wrong sequence must fail the check it names, with the expected words.
 */
import type { GradeResult, Scenario, Solution, WrongAnswer } from "../types";
import { gradeReplaying } from "./grade-with-commands";
import type { ReplayedCommand } from "./replay-commands";

export type AddFinding = (line: number, rule: string, message: string) => void;

const firstLine = (line: string): string => {
  const [head = "", ...rest] = line.split("\n");
  return rest.length > 0 ? `${head} …` : head;
};

const said = (command: ReplayedCommand): string => {
  const text = (command.stderr.trim() || command.output.trim()).split("\n").map((l) => l.trim()).filter((l) => l !== "").slice(0, 4).join(" / ");
  return text.length > 400 ? `${text.slice(0, 400)}…` : text || "(no output)";
};

/** Grades a solution or wrong answer that has commands; the non-zero exits of a reference sequence are findings. */
export function gradeScripted(scenario: Scenario, answer: Solution | WrongAnswer, add: AddFinding, reference: boolean): GradeResult {
  const commands = answer.commands ?? [];
  const result = gradeReplaying(scenario, { files: answer.files, commands }, { picture: false });
  if (reference) {
    result.replayed.forEach((command, index) => {
      const source = commands[index];
      if (command.code !== 0 && source) add(source.sourceLine, "scenario/command-fails", `reference solution "${answer.title}": \`${firstLine(command.line)}\` exits with code ${command.code}: ${said(command)}`);
    });
  }
  for (const e of result.errors.filter((x) => x.file === "commands")) add(answer.line, "scenario/command-limit", `"${answer.title}": ${e.message}`);
  return { ...result, errors: result.errors.filter((x) => x.file !== "commands") };
}
