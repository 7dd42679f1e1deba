/**
 * `kubedeck apply [--nodes N] [--json] FILE…`: applies manifests in order to a fresh simulated cluster
 * (one control-plane node and N workers), runs it until stable and prints what `kubectl get` and
 * `kubectl get events` would show and the PROBLEMS the diagnosis finds, or one JSON object with
 * errors, warnings, objects, events, settle and problems.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { createCluster } from "../../cluster/cluster";
import { formatProblems } from "../../cluster/diagnose/diagnose";
import { formatEvents, formatObjects } from "../../cluster/format/tables";
import { EXIT_USAGE, type CliCommand } from "../command";

const USAGE = `Usage: npx kubedeck apply [--nodes N] [--json] FILE…

Applies the manifests in FILE… (in order) to a fresh simulated cluster with one control-plane node
and N workers (default 3), runs controllers, scheduler and kubelets until the cluster is stable, and
prints the objects (as \`kubectl get\`), the events (as \`kubectl get events\`) and PROBLEMS: what
fails and the likely mistakes a real cluster is silent about, each with its rule id, file and line.

Options:
  --nodes N   number of worker nodes (1-1000, default 3)
  --json      print one JSON object: { "errors": […], "warnings": […], "objects": […], "events": […],
              "settle": {…}, "problems": [{ "id", "severity", "object", "path", "file", "line", "message", "fix" }] }

Exit status: 0 when every document was accepted, 1 when any was rejected, 2 on a usage error.`;

interface Parsed { nodes: number; json: boolean; files: string[] }

function parse(args: readonly string[]): Parsed | string {
  const out: Parsed = { nodes: 3, json: false, files: [] };
  for (let i = 0; i < args.length; i += 1) {
    const a = args[i] ?? "";
    if (a === "--json") out.json = true;
    else if (a === "--nodes" || a.startsWith("--nodes=")) {
      const value = a.startsWith("--nodes=") ? a.slice(8) : args[(i += 1)];
      const n = Number(value);
      if (!value || !Number.isInteger(n) || n < 1 || n > 1000) return `--nodes needs a whole number from 1 to 1000, got ${value ?? "nothing"}`;
      out.nodes = n;
    } else if (a.startsWith("-") && a !== "-") return `unknown option ${a}`;
    else out.files.push(a);
  }
  if (out.files.length === 0) return "no files given";
  return out;
}

export const command: CliCommand = {
  name: "apply",
  summary: "Apply manifests to a simulated cluster and print objects and events.",
  usage: USAGE,
  run: async (args, io) => {
    const parsed = parse(args);
    if (typeof parsed === "string") {
      io.stderr(`kubedeck apply: ${parsed}\n\n${USAGE}\n`);
      return EXIT_USAGE;
    }
    const sources = [];
    for (const file of parsed.files) {
      try {
        sources.push({ file, text: readFileSync(resolve(io.cwd, file), "utf8") });
      } catch (e) {
        io.stderr(`kubedeck apply: cannot read ${file}: ${e instanceof Error ? e.message : String(e)}\n`);
        return EXIT_USAGE;
      }
    }
    const cluster = createCluster({ workers: parsed.nodes });
    const { errors, warnings } = cluster.apply(sources);
    const settle = cluster.settle();
    const events = cluster.events();
    if (parsed.json) {
      io.stdout(`${JSON.stringify({
        errors: errors.map((e) => ({ file: e.file, line: e.line, column: e.column, object: e.object, path: e.path, message: e.message })),
        warnings: warnings.map((e) => ({ file: e.file, line: e.line, column: e.column, object: e.object, path: e.path, message: e.message })),
        objects: cluster.userObjects(),
        events: events.map((e) => ({
          type: e.type, reason: e.reason, object: `${e.involvedObject.kind.toLowerCase()}/${e.involvedObject.name}`,
          namespace: e.involvedObject.namespace, message: e.message, count: e.count,
          firstTimestamp: cluster.iso(e.firstSeconds), lastTimestamp: cluster.iso(e.lastSeconds), source: e.source,
        })),
        settle,
        problems: cluster.diagnose(),
      }, null, 2)}\n`);
    } else {
      for (const e of errors) io.stderr(`${e.file}:${e.line}:${e.column}: ${e.object}: ${e.path ? `${e.path}: ` : ""}${e.message}\n`);
      for (const w of warnings) io.stderr(`${w.file}:${w.line}:${w.column}: Warning: ${w.object}: ${w.path ? `${w.path}: ` : ""}${w.message}\n`);
      const clock = { now: cluster.now, secondsOf: (iso: string | undefined) => (iso ? (Date.parse(iso) - Date.parse(cluster.iso(0))) / 1000 : cluster.now) };
      io.stdout(`${formatObjects(cluster.userObjects(), clock)}\n\n${formatEvents(events, clock)}\n`);
      if (!settle.stable) io.stdout(`\nThe cluster did not settle: ${settle.reason ?? "unknown reason"}\n`);
      io.stdout(`\n${formatProblems(cluster.diagnose())}\n`);
    }
    return errors.length > 0 ? 1 : 0;
  },
};
