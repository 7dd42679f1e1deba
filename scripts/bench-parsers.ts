/**
 * Figures for what reads a scenario (`npm run bench:parsers`): CPU time of parseScenario on hostile
 * scenario Markdown up to the authoring limit (100 KB), of verifying scenarios at the limits on
 * solutions and wrong answers, of readManifests on hostile answer files up to the per-file limit and
 * on whole answers at the attempt limit, and of replaying hostile shell sessions up to the commands
 * limit (tests/scenarios/hostile-inputs.ts). Growth = CPU(largest) / CPU(half of it): 2.0 is linear.
 * `--only NAME` runs the inputs whose name contains NAME. CPU time, not wall time: on a shared
 * machine wall time measures the neighbours.
 */
import { readManifests } from "../lib/cluster/admission";
import { gradeWithCommands, parseScenario, type Scenario } from "../lib/scenarios";
import { answerLimitProblem } from "../lib/scenarios/answer-limits";
import { MAX_SOLUTIONS, MAX_WRONG_ANSWERS } from "../lib/scenarios/scenario-limits";
import { verifyScenario } from "../lib/scenarios/verify-scenario";
import { MAX_ANSWER_BYTES, MAX_ANSWER_FILES, MAX_ANSWER_TOTAL_BYTES, MAX_COMMANDS, MAX_COMMANDS_CHARS } from "../lib/validations/scenario";
import { HOSTILE_COMMANDS, HOSTILE_MANIFESTS, HOSTILE_SCENARIOS, manySolutions, scenarioWith } from "../tests/scenarios/hostile-inputs";
import { cpu } from "./cpu-time";

const args = process.argv.slice(2);
const only = args.includes("--only") ? args[args.indexOf("--only") + 1] : undefined;
/** The authoring limit on scenario Markdown (MAX_DECK_MARKDOWN_BYTES in lib/validations/authoring.ts). */
const MAX_SCENARIO_BYTES = 100_000;

const pad = (text: string, width: number): string => text.padEnd(width);

/** One table: each input at each size (eighth, quarter, half, whole of `limit`), with the growth. */
function table<T>(title: string, unit: string, limit: number, inputs: Record<string, (size: number) => T>, read: (input: T) => unknown, note: (value: unknown) => string): void {
  const sizes = [limit / 8, limit / 4, limit / 2, limit];
  console.log(`\n${title}, CPU ms by size; growth = CPU(${limit / 1000} ${unit}) / CPU(${limit / 2000} ${unit}), 2.0 is linear`);
  console.log(`${pad("input", 36)}${sizes.map((size) => pad(`${size / 1000} ${unit}`, 11)).join("")}growth  result at the limit`);
  for (const [name, make] of Object.entries(inputs)) {
    if (only && !name.includes(only)) continue;
    const times: number[] = [];
    let result = "";
    for (const size of sizes) {
      const input = make(size);
      const { ms, value } = cpu(() => read(input));
      times.push(ms);
      result = value instanceof Error ? `threw ${value.message.slice(0, 50)}` : note(value);
    }
    const [before = 0, last = 0] = times.slice(-2);
    console.log(`${pad(name, 36)}${times.map((ms) => pad(ms.toFixed(0), 11)).join("")}${pad(before > 0 ? (last / before).toFixed(1) : "-", 8)}${result}`);
  }
}

const plain = scenarioWith({});
const scenario = parseScenario(plain, "bench.md").scenario as Scenario;
// Warm up the readers (JIT) so the first row does not carry start-up cost.
for (let i = 0; i < 3; i++) {
  parseScenario(HOSTILE_SCENARIOS["many sections"]?.(20_000) ?? plain, "warm.md");
  readManifests([{ file: "warm.yaml", text: HOSTILE_MANIFESTS["many small objects"]?.(20_000) ?? "" }]);
  gradeWithCommands(scenario, { files: [], commands: [{ line: "kubectl get pods" }] });
}

table("scenario Markdown (parseScenario)", "KB", MAX_SCENARIO_BYTES, HOSTILE_SCENARIOS, (text) => parseScenario(text, "bench.md"), (value) => {
  const { issues } = value as ReturnType<typeof parseScenario>;
  return issues.length === 0 ? "parsed" : `${issues.length} issues: ${issues[0]?.message.slice(0, 50) ?? ""}`;
});

if (!only || "verification".includes(only)) {
  console.log(`\nscenario verification (verifyScenario: every solution and wrong answer graded), CPU ms`);
  for (const [solutions, wrong] of [[1, 1], [MAX_SOLUTIONS / 2, MAX_WRONG_ANSWERS / 2], [MAX_SOLUTIONS, MAX_WRONG_ANSWERS]] as const) {
    const text = manySolutions(solutions, wrong);
    const { ms, value } = cpu(() => verifyScenario(text, "bench.md"));
    console.log(`${pad(`${solutions} solutions, ${wrong} wrong answers`, 36)}${pad(ms.toFixed(0), 11)}${value instanceof Error ? value.message : `${value.length} findings`}`);
  }
}

const manifestNote = (value: unknown): string => {
  const { documents, errors } = value as ReturnType<typeof readManifests>;
  return `${documents.length} objects, ${errors.length} errors`;
};
table("one answer file (readManifests)", "KB", MAX_ANSWER_BYTES, HOSTILE_MANIFESTS, (text) => readManifests([{ file: "bench.yaml", text }]), manifestNote);

const wholeAnswers = Object.fromEntries(
  Object.entries(HOSTILE_MANIFESTS).map(([name, make]) => [name, (bytes: number) => Array.from({ length: MAX_ANSWER_FILES }, (_, index) => ({ file: `f${index}.yaml`, text: make(bytes / MAX_ANSWER_FILES) }))]),
);
table(`whole answers of ${MAX_ANSWER_FILES} files (the answer limits' read, as on submit)`, "KB", MAX_ANSWER_TOTAL_BYTES, wholeAnswers, (files) => answerLimitProblem(files), (value) => (value ? `refused: ${(value as { message: string }).message.slice(0, 50)}` : "within the limits"));

const sessions = Object.fromEntries(Object.entries(HOSTILE_COMMANDS).map(([name, make]) => [name, (chars: number) => make(chars).slice(0, MAX_COMMANDS)]));
table(`shell sessions replayed (gradeWithCommands, at most ${MAX_COMMANDS} commands)`, "k chars", MAX_COMMANDS_CHARS, sessions, (commands) => gradeWithCommands(scenario, { files: [], commands }), (value) => {
  const { transcript, errors } = value as ReturnType<typeof gradeWithCommands>;
  return `${transcript.length} commands, ${errors.length} errors`;
});
