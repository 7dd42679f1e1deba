/**
 * Grading time of the ten built-in scenarios' reference solutions: `npx tsx tests/scenarios/bench-grading.ts [ROUNDS]`.
 * Prints p50/p99 over all gradings after a warm-up round (wall time, and this process's CPU time,
 * which a loaded machine inflates less), and the median per scenario.
 */
import { readFileSync } from "node:fs";
import { gradeScenario, parseScenario, type Scenario } from "@/lib/scenarios";

const IDS = ["expose-web", "config-and-secret", "stateful-db", "survive-node-failure", "daemon-everywhere", "internal-db", "fix-pending", "zero-downtime-rollout", "cross-namespace", "path-routing"];
const rounds = Number(process.argv[2] ?? 30);

const scenarios: Scenario[] = IDS.map((id) => {
  const file = `content/scenarios/${id}.md`;
  const { scenario } = parseScenario(readFileSync(file, "utf8"), file);
  if (!scenario) throw new Error(`${file} does not parse`);
  return scenario;
});

const pct = (sorted: readonly number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0;
const all: number[] = [];
const cpu: number[] = [];
const per = new Map<string, number[]>();
for (let round = -1; round < rounds; round += 1) {
  for (const s of scenarios) {
    const answer = (s.solutions[0]?.files ?? []).map((f) => ({ file: f.file, text: f.text }));
    const start = performance.now();
    const cpuStart = process.cpuUsage();
    const result = gradeScenario(s, answer, { seed: 1 });
    const ms = performance.now() - start;
    const used = process.cpuUsage(cpuStart);
    if (!result.passed) throw new Error(`${s.id}: reference solution fails`);
    if (round < 0) continue;
    all.push(ms);
    cpu.push((used.user + used.system) / 1000);
    per.set(s.id, [...(per.get(s.id) ?? []), ms]);
  }
}
all.sort((a, b) => a - b);
cpu.sort((a, b) => a - b);
console.log(`${all.length} gradings: wall p50 ${pct(all, 0.5).toFixed(1)} ms, p99 ${pct(all, 0.99).toFixed(1)} ms, max ${pct(all, 1).toFixed(1)} ms`);
console.log(`                CPU  p50 ${pct(cpu, 0.5).toFixed(1)} ms, p99 ${pct(cpu, 0.99).toFixed(1)} ms`);
for (const [id, times] of per) {
  const sorted = [...times].sort((a, b) => a - b);
  console.log(`  ${id.padEnd(24)} p50 ${pct(sorted, 0.5).toFixed(1)} ms, p99 ${pct(sorted, 0.99).toFixed(1)} ms`);
}
