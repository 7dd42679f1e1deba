/**
 * Grades a command task (or any scenario answered at the terminal): the starting cluster, a shell on
 * it with the answer's files in its home, the commands replayed, then the non-empty answer files
 * applied on top (as the manifest editor's Submit does), settled, and the checks run. Without
 * commands it grades exactly as gradeScenario. Same input and seed, same result.
 */
import type { ApiError } from "../../cluster/admission";
import { createShell } from "../../kubectl";
import type { CommandEntry } from "../../kubectl/shell/transcript";
import { applyAnswer } from "../build-cluster";
import { gradeApplying, gradeScenario, type GradeOptions } from "../grade-scenario";
import type { AnswerSource, GradeResult, Scenario } from "../types";
import { replayCommands, type ReplayedCommand } from "./replay-commands";

export interface CommandAnswer {
  files: readonly AnswerSource[];
  commands: readonly CommandEntry[];
}

export interface TranscriptLine {
  line: string;
  output: string;
  code: number;
}

export type CommandGradeResult = GradeResult & { transcript: TranscriptLine[] };

/** Replay problems (limits) are reported with the other errors; `file: "commands"`, line = the command's number. */
const replayError = (message: string): ApiError => ({ file: "commands", line: 0, column: 0, object: "", path: "", message });

export function gradeWithCommands(scenario: Scenario, answer: CommandAnswer, options: GradeOptions = {}): CommandGradeResult {
  const { replayed, ...result } = gradeReplaying(scenario, answer, options);
  return { ...result, transcript: replayed.map(({ line, output, code }) => ({ line, output, code })) };
}

/** As gradeWithCommands, with each command's stderr kept apart (lint quotes it). */
export function gradeReplaying(scenario: Scenario, answer: CommandAnswer, options: GradeOptions = {}): GradeResult & { replayed: ReplayedCommand[] } {
  if (answer.commands.length === 0) return { ...gradeScenario(scenario, answer.files, options), replayed: [] };
  const files = answer.files.filter((f) => f.text.trim() !== "");
  let transcript: ReplayedCommand[] | undefined;
  const result = gradeApplying(scenario, (cluster) => {
    const shell = createShell(cluster);
    for (const file of answer.files) shell.session.files.write(file.file, file.text);
    const replayed = replayCommands(shell, answer.commands);
    // The first replay is on the graded cluster; action checks replay again on fresh clusters.
    transcript ??= replayed.commands;
    const applied = applyAnswer(cluster, files);
    return { errors: [...replayed.errors.map(replayError), ...applied.errors], settle: applied.settle, terminalFile: (path: string) => shell.session.files.read(path) };
  }, options);
  return { ...result, passed: result.passed && result.errors.length === 0, replayed: transcript ?? [] };
}
