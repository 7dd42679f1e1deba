/**
 * The work on user input that runs within a time budget (./run-within-budget.ts), one function per
 * task, each taking and returning plain data (they cross a thread boundary). Pure: no database.
 */
import { parseNotes, type ParseResult } from "@/lib/notes";
import type { CommandEntry } from "@/lib/kubectl/shell/transcript";
import { gradeScenario, gradeWithCommands, parseScenario, type GradeResult, type Scenario, type TranscriptLine } from "@/lib/scenarios";
import { verifyParsedScenario, type ScenarioFinding } from "@/lib/scenarios/verify-scenario";
import { checkAnswerLimits } from "../scenarios/answer-limits";

export interface NotesInput {
  readonly text: string;
  readonly file: string;
}

export interface GradeInput {
  readonly scenarioSource: string;
  readonly scenarioPath: string;
  readonly files: readonly { file: string; text: string }[];
  /** The learner's shell session, replayed on the starting cluster before the files are applied. */
  readonly commands?: readonly CommandEntry[];
  readonly seed: number;
}

/** A grade with the replayed session's transcript when the answer had commands. */
export type AttemptGrade = GradeResult & { readonly transcript?: readonly TranscriptLine[] };

export interface CheckedScenario {
  /** What a save needs of the parsed scenario; null when it cannot be read. */
  readonly scenario: { id: string; title: string; difficulty: Scenario["difficulty"]; topics: Scenario["topics"] } | null;
  readonly issues: readonly { line: number; message: string }[];
  /** `kubedeck lint`'s findings (reference solutions pass, known-wrong answers fail). */
  readonly findings: readonly ScenarioFinding[];
}

const scenariosBySource = new Map<string, Scenario>();

function scenarioOf(source: string, path: string): Scenario {
  let scenario = scenariosBySource.get(source);
  if (!scenario) {
    const parsed = parseScenario(source, path);
    if (!parsed.scenario) throw new Error(`scenario ${path} no longer parses: ${parsed.issues.map((issue) => issue.message).join("; ")}`);
    scenario = parsed.scenario;
    scenariosBySource.set(source, scenario);
  }
  return scenario;
}

export const budgetTasks = {
  /** Notes → cards for the import preview. */
  parseNotes: (input: NotesInput): ParseResult => parseNotes(input.text, { file: input.file, generateMcq: false }),
  /** An instructor's scenario Markdown: parsed, then verified as `kubedeck lint` does. */
  checkScenario: (input: { readonly markdown: string }): CheckedScenario => {
    const parsed = parseScenario(input.markdown, "scenario.md");
    const lines = parsed.issues.map((issue) => ({ line: issue.line, message: issue.message }));
    if (!parsed.scenario) return { scenario: null, issues: lines, findings: [] };
    const { id, title, difficulty, topics } = parsed.scenario;
    const file = `${id}.md`;
    const findings = verifyParsedScenario({ ...parsed, scenario: { ...parsed.scenario, file } }, file);
    return { scenario: { id, title, difficulty, topics }, issues: lines, findings };
  },
  /** A learner's manifests and commands: the answer limits (422), then the grade (the commands replayed first). */
  gradeAnswer: (input: GradeInput): AttemptGrade => {
    checkAnswerLimits(input.files);
    const scenario = scenarioOf(input.scenarioSource, input.scenarioPath);
    const commands = input.commands ?? [];
    if (commands.length === 0) return gradeScenario(scenario, input.files, { seed: input.seed });
    return gradeWithCommands(scenario, { files: input.files, commands }, { seed: input.seed });
  },
};

export type BudgetTasks = typeof budgetTasks;
