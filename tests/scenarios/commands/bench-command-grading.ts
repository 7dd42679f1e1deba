/**
 * Grading time of the built-in command tasks' first reference sequences, replayed with
 * gradeWithCommands: `npx tsx tests/scenarios/commands/bench-command-grading.ts [ROUNDS]`.
 * Prints p50/p99 over all gradings after a warm-up round, and the slowest tasks by median.
 */
import { readdirSync, readFileSync } from "node:fs";
import { gradeWithCommands, parseScenario, type Scenario } from "@/lib/scenarios";

const rounds = Number(process.argv[2] ?? 10);
const files = readdirSync("content/scenarios").filter((f) => f.startsWith("cmd-") && f.endsWith(".md")).sort();
const tasks: Scenario[] = files.map((f) => {
  const { scenario } = parseScenario(readFileSync(`content/scenarios/${f}`, "utf8"), f);
  if (!scenario) throw new Error(`${f} does not parse`);
  return scenario;
});

const pct = (sorted: readonly number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0;
const all: number[] = [];
const per = new Map<string, number[]>();
for (let round = -1; round < rounds; round += 1) {
  for (const task of tasks) {
    const solution = task.solutions.find((s) => s.commands);
    const start = performance.now();
    const result = gradeWithCommands(task, { files: solution?.files ?? [], commands: solution?.commands ?? [] }, { seed: 1 });
    const ms = performance.now() - start;
    if (!result.passed) throw new Error(`${task.id}: reference sequence fails`);
    if (round < 0) continue;
    all.push(ms);
    per.set(task.id, [...(per.get(task.id) ?? []), ms]);
  }
}
all.sort((a, b) => a - b);
console.log(`${all.length} gradings of ${tasks.length} command tasks: p50 ${pct(all, 0.5).toFixed(1)} ms, p99 ${pct(all, 0.99).toFixed(1)} ms, max ${pct(all, 1).toFixed(1)} ms`);
const medians = [...per].map(([id, times]) => [id, pct([...times].sort((a, b) => a - b), 0.5)] as const).sort((a, b) => b[1] - a[1]);
for (const [id, median] of medians.slice(0, 5)) console.log(`  ${id.padEnd(28)} p50 ${median.toFixed(1)} ms`);
