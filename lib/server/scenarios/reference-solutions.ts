import "server-only";
import type { Scenario } from "@/lib/scenarios";

/** A reference solution as a learner who has passed sees it: files, commands (with what each edit saved or changed) and why. */
export interface ReferenceSolution {
  title: string;
  files: { file: string; text: string }[];
  commands: { line: string; edited?: string | null; editPatch?: string }[];
  explanation: string;
}

export function referenceSolutions(scenario: Scenario): ReferenceSolution[] {
  return scenario.solutions.map(({ title, files, commands = [], explanation }) => ({
    title,
    files: files.map(({ file, text }) => ({ file, text })),
    commands: commands.map(({ line, edited, editPatch }) => ({ line, ...(edited !== undefined ? { edited } : {}), ...(editPatch !== undefined ? { editPatch } : {}) })),
    explanation,
  }));
}
