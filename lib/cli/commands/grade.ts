/**
 * `kubedeck grade SCENARIO_ID [FILE…] [--commands SCRIPT] [--json]`: grades answer files (and a
 * terminal session: a script of commands, as in a command task's sh blocks) against a scenario quiz from
 * content/scenarios/ (found from the repository root, whatever the working directory) and prints each
 * check with its explanation, or one JSON object. Exit 0 passed, 1 failed, 2 usage error or unknown scenario.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { gradeWithCommands, parseScenario, type CommandGradeResult } from "../../scenarios/index";
import { splitInputs } from "../../scenarios/commands/split-inputs";
import { EXIT_USAGE, type CliCommand } from "../command";

const SCENARIOS_DIR = fileURLToPath(new URL("../../../content/scenarios/", import.meta.url));

const USAGE = `Usage: npx kubedeck grade SCENARIO_ID [FILE…] [--commands SCRIPT] [--json]

Applies the answer FILEs (in name order) over the scenario's starting cluster, runs the cluster until
it settles, and runs the scenario's checks. Scenarios are read from content/scenarios/.

Options:
  --commands SCRIPT  first replay SCRIPT at the practice shell, one command per line (\\ continuations and
                     heredocs as in a command task's sh blocks), with the FILEs in its home; then apply the FILEs
  --json   print one JSON object: { "scenario", "passed", "errors": [ { "file", "line", "object", "path", "message" } ],
           "checks": [ { "id", "title", "passed", "message" } ] } (with --commands, also "transcript": [ { "line", "output", "code" } ])

Exit status: 0 when every check passes, 1 when any fails (or a document is rejected),
2 on a usage error or an unknown scenario.`;

function scenarioIds(): string[] {
  if (!existsSync(SCENARIOS_DIR)) return [];
  return readdirSync(SCENARIOS_DIR).filter((f) => f.endsWith(".md") && f.toLowerCase() !== "readme.md").map((f) => f.slice(0, -3)).sort();
}

function report(result: CommandGradeResult): string {
  const lines: string[] = result.transcript.flatMap((t) => [`$ ${t.line.split("\n").join("\n> ")}`, ...(t.output === "" ? [] : [t.output.replace(/\n$/, "")])]);
  if (lines.length > 0) lines.push("");
  for (const e of result.errors) lines.push(`✗ ${e.file}:${e.line}: ${e.object}: ${e.path ? `${e.path}: ` : ""}${e.message}`);
  for (const c of result.checks) lines.push(`${c.passed ? "✓" : "✗"} ${c.title}\n    ${c.message}`);
  if (!result.settled.stable) lines.push(`! The cluster did not settle: ${result.settled.reason ?? "it kept changing"}`);
  const failed = result.checks.filter((c) => !c.passed).length;
  lines.push("", result.passed ? `Passed: all ${result.checks.length} checks of ${result.scenario}.` : `Not yet: ${failed} of ${result.checks.length} checks failed${result.errors.length > 0 ? ` and ${result.errors.length} document${result.errors.length === 1 ? " was" : "s were"} rejected` : ""}.`);
  return `${lines.join("\n")}\n`;
}

export const command: CliCommand = {
  name: "grade",
  summary: "Grade answer manifests against a scenario quiz.",
  usage: USAGE,
  run: async (args, io) => {
    const json = args.includes("--json");
    const at = args.indexOf("--commands");
    const script = at >= 0 ? args[at + 1] : undefined;
    const rest = args.filter((a, i) => a !== "--json" && (at < 0 || (i !== at && i !== at + 1)));
    const unknown = rest.find((a) => a.startsWith("-") && a !== "-") ?? (at >= 0 && !script ? "--commands (it needs a SCRIPT)" : undefined);
    const [id, ...files] = rest;
    if (unknown || !id || (files.length === 0 && !script)) {
      io.stderr(`kubedeck grade: ${unknown ? `unknown option ${unknown}` : !id ? "no scenario given" : "no answer files given (or --commands SCRIPT)"}\n\n${USAGE}\n`);
      return EXIT_USAGE;
    }
    const ids = scenarioIds();
    if (!ids.includes(id)) {
      io.stderr(`kubedeck grade: unknown scenario "${id}". Scenarios: ${ids.join(", ") || "none found in content/scenarios/"}\n`);
      return EXIT_USAGE;
    }
    const path = resolve(SCENARIOS_DIR, `${id}.md`);
    const { scenario, issues } = parseScenario(readFileSync(path, "utf8"), `content/scenarios/${id}.md`);
    if (!scenario) {
      io.stderr(`kubedeck grade: scenario ${id} cannot be read:\n${issues.map((i) => `${i.file}:${i.line}: ${i.message}`).join("\n")}\n`);
      return EXIT_USAGE;
    }
    const sources = [];
    for (const file of script ? [...files, script] : files) {
      try {
        sources.push({ file, text: readFileSync(resolve(io.cwd, file), "utf8") });
      } catch (e) {
        io.stderr(`kubedeck grade: cannot read ${file}: ${e instanceof Error ? e.message : String(e)}\n`);
        return EXIT_USAGE;
      }
    }
    const session = script ? sources.pop() : undefined;
    const commands = session ? splitInputs(session.text).map((input) => ({ line: input.text })) : [];
    const result = gradeWithCommands(scenario, { files: sources, commands }, { picture: false });
    if (json) {
      io.stdout(`${JSON.stringify({
        scenario: result.scenario,
        passed: result.passed,
        errors: result.errors.map((e) => ({ file: e.file, line: e.line, object: e.object, path: e.path, message: e.message })),
        checks: result.checks.map((c) => ({ id: c.id, title: c.title, passed: c.passed, message: c.message })),
        ...(script ? { transcript: result.transcript } : {}),
      }, null, 2)}\n`);
    } else io.stdout(report(result));
    return result.passed ? 0 : 1;
  },
};
