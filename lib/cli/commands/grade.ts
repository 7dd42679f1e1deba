/**
 * `kubedeck grade SCENARIO_ID FILE… [--json]`: grades answer files against a scenario quiz from
 * content/scenarios/ (found from the repository root, whatever the working directory) and prints each
 * check with its explanation, or one JSON object. Exit 0 passed, 1 failed, 2 usage error or unknown scenario.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { gradeScenario, parseScenario, type GradeResult } from "../../scenarios/index";
import { EXIT_USAGE, type CliCommand } from "../command";

const SCENARIOS_DIR = fileURLToPath(new URL("../../../content/scenarios/", import.meta.url));

const USAGE = `Usage: npx kubedeck grade SCENARIO_ID FILE… [--json]

Applies the answer FILEs (in name order) over the scenario's starting cluster, runs the cluster until
it settles, and runs the scenario's checks. Scenarios are read from content/scenarios/.

Options:
  --json   print one JSON object: { "scenario", "passed", "errors": [ { "file", "line", "object", "path", "message" } ],
           "checks": [ { "id", "title", "passed", "message" } ] }

Exit status: 0 when every check passes, 1 when any fails (or a document is rejected),
2 on a usage error or an unknown scenario.`;

function scenarioIds(): string[] {
  if (!existsSync(SCENARIOS_DIR)) return [];
  return readdirSync(SCENARIOS_DIR).filter((f) => f.endsWith(".md") && f.toLowerCase() !== "readme.md").map((f) => f.slice(0, -3)).sort();
}

function report(result: GradeResult): string {
  const lines: string[] = [];
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
    const unknown = args.find((a) => a.startsWith("-") && a !== "--json" && a !== "-");
    const [id, ...files] = args.filter((a) => a !== "--json");
    if (unknown || !id || files.length === 0) {
      io.stderr(`kubedeck grade: ${unknown ? `unknown option ${unknown}` : !id ? "no scenario given" : "no answer files given"}\n\n${USAGE}\n`);
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
    for (const file of files) {
      try {
        sources.push({ file, text: readFileSync(resolve(io.cwd, file), "utf8") });
      } catch (e) {
        io.stderr(`kubedeck grade: cannot read ${file}: ${e instanceof Error ? e.message : String(e)}\n`);
        return EXIT_USAGE;
      }
    }
    const result = gradeScenario(scenario, sources, { picture: false });
    if (json) {
      io.stdout(`${JSON.stringify({
        scenario: result.scenario,
        passed: result.passed,
        errors: result.errors.map((e) => ({ file: e.file, line: e.line, object: e.object, path: e.path, message: e.message })),
        checks: result.checks.map((c) => ({ id: c.id, title: c.title, passed: c.passed, message: c.message })),
      }, null, 2)}\n`);
    } else io.stdout(report(result));
    return result.passed ? 0 : 1;
  },
};
