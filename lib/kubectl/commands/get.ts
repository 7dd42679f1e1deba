/** `kubectl get`: tables, -o formats, -l, -A, -n, --show-labels, --sort-by, `all`, events. */
import type { KubeObject } from "../../cluster";
import type { Invocation, KubectlCommand } from "../kubectl/command";
import type { CommandOutput } from "../shell/program";
import { readManifestArgs } from "../kubectl/manifest-files";
import { resourceOfKind } from "../kubectl/resources";
import { ENDPOINTS_WARNING, getKind, listKind } from "../kubectl/endpoints-view";
import { KubectlError } from "../kubectl/command";
import { clockOf, notFound, parseTargets } from "../kubectl/objects";
import type { ApiResource } from "../kubectl/resources";
import { parseSelector } from "../kubectl/selector";
import { eventsTable } from "../printers/events";
import { pathValues } from "../printers/jsonpath";
import { printObjects, validateOutput } from "../printers/output";
import { OUTPUT_FLAGS } from "./shared-flags";

const NO_TYPE = `You must specify the type of resource to get. Use "kubectl api-resources" for a complete list of supported resources.

error: Required resource not specified.
Use "kubectl explain <resource>" for a detailed description of that resource (e.g. kubectl explain pods).
See 'kubectl get -h' for help and examples`;

const ALL = ["pods", "replicationcontrollers", "services", "daemonsets", "deployments", "replicasets", "statefulsets", "horizontalpodautoscalers", "cronjobs", "jobs"];

function sortBy(objects: KubeObject[], expr: string): KubeObject[] {
  const key = (o: KubeObject): unknown => pathValues(expr, o)[0];
  return [...objects].sort((a, b) => {
    const x = key(a), y = key(b);
    if (typeof x === "number" && typeof y === "number") return x - y;
    if (x === undefined) return y === undefined ? 0 : -1;
    if (y === undefined) return 1;
    const sx = typeof x === "string" ? x : JSON.stringify(x), sy = typeof y === "string" ? y : JSON.stringify(y);
    return sx < sy ? -1 : sx > sy ? 1 : 0;
  });
}

/** `kubectl get -f FILE`: the objects the files declare, as they are in the cluster now. */
function getFromFiles(inv: Invocation): CommandOutput {
  const found: KubeObject[] = [];
  const errors: string[] = [];
  for (const o of readManifestArgs(inv)) {
    const r = resourceOfKind(o.kind);
    const ns = r?.namespaced === false ? undefined : o.metadata.namespace ?? inv.namespace;
    const live = inv.cluster.get(o.kind, ns, o.metadata.name ?? "");
    if (live) found.push(live);
    else if (r) errors.push(notFound(r, o.metadata.name ?? "").text);
  }
  const kinds = new Set(found.map((o) => o.kind));
  const stdout = found.length === 0 ? "" : printObjects(found, { output: inv.flags.string("output"), clock: clockOf(inv.cluster), withKind: kinds.size > 1, single: found.length === 1, showLabels: inv.flags.bool("show-labels"), noHeaders: inv.flags.bool("no-headers") });
  return { stdout, stderr: errors.map((e) => `${e}\n`).join(""), code: errors.length > 0 ? 1 : 0 };
}

export const command: KubectlCommand = {
  path: "get",
  short: "Display one or many resources",
  usage: "kubectl get [(-o|--output=)json|yaml|name|jsonpath=…|custom-columns=…|wide] (TYPE[.VERSION][.GROUP] [NAME | -l label] | TYPE[.VERSION][.GROUP]/NAME ...) [flags] [options]",
  flags: [
    ...OUTPUT_FLAGS,
    { name: "selector", short: "l", type: "string" },
    { name: "all-namespaces", short: "A", type: "bool" },
    { name: "show-labels", type: "bool" },
    { name: "sort-by", type: "string" },
    { name: "no-headers", type: "bool" },
    { name: "show-kind", type: "bool" },
    { name: "field-selector", type: "string" },
    { name: "watch", short: "w", type: "bool" },
    { name: "label-columns", short: "L", type: "strings" },
    { name: "filename", short: "f", type: "strings" },
  ],
  run: (inv) => {
    if (inv.flags.bool("watch")) throw new KubectlError("error: --watch is not supported in this simulated terminal: the cluster only moves when you run a command. Run the get again (or `kubectl rollout status`).");
    validateOutput(inv.flags.string("output"));
    if (inv.flags.has("filename")) return getFromFiles(inv);
    if (inv.args.length === 0) throw new KubectlError(NO_TYPE);
    const allNs = inv.flags.bool("all-namespaces");
    const selector = inv.flags.has("selector") ? parseSelector(inv.flags.string("selector")) : undefined;
    const field = inv.flags.string("field-selector");
    const fieldMatch = field ? field.split(",").map((f) => {
      const m = /^([\w.]+)(==|=|!=)(.*)$/.exec(f);
      if (!m) throw new KubectlError(`error: invalid field selector: '${f}'`);
      return (o: KubeObject): boolean => (String(pathValues(`.${m[1] ?? ""}`, o)[0] ?? "") === (m[3] ?? "")) === (m[2] !== "!=");
    }) : [];
    const typed = inv.args[0]?.split(",") ?? [];
    const expanded = inv.args.some((a) => a.includes("/")) ? inv.args : [typed.flatMap((t) => (t === "all" ? ALL : [t])).join(","), ...inv.args.slice(1)];
    const targets = parseTargets(expanded);
    const warning = targets.some((t) => t.resource.kind === "Endpoints") ? ENDPOINTS_WARNING : "";
    const errors: string[] = [];
    const found: KubeObject[] = [];
    let named = false;
    let eventsOut = "";
    for (const { resource, names } of targets) {
      if (resource.kind === "Event") { eventsOut += eventsTable(inv.cluster.events().filter((e) => allNs || e.involvedObject.namespace === inv.namespace || (!e.involvedObject.namespace && inv.namespace === "default")), clockOf(inv.cluster), allNs); continue; }
      const ns = resource.namespaced && !allNs ? inv.namespace : undefined;
      if (names.length > 0) {
        named = true;
        for (const name of names) {
          const o = getKind(inv.cluster, resource.kind, resource.namespaced ? inv.namespace : undefined, name);
          if (o) found.push(o);
          else errors.push(notFound(resource, name).text);
        }
      } else {
        found.push(...listKind(inv.cluster, resource.kind, ns).filter((o) => (!selector || selector(o.metadata.labels)) && fieldMatch.every((m) => m(o))));
      }
    }
    if (eventsOut && found.length === 0) return { stdout: eventsOut, stderr: "", code: 0 };
    const sorted = inv.flags.has("sort-by") ? sortBy(found, inv.flags.string("sort-by")) : found;
    const kinds = new Set(targets.map((t: { resource: ApiResource }) => t.resource.kind));
    const stderr = errors.map((e) => `${e}\n`).join("");
    if (sorted.length === 0 && errors.length === 0) {
      const r = targets[0]?.resource;
      const where = allNs || !r?.namespaced ? "" : ` in ${inv.namespace} namespace`;
      return { stdout: "", stderr: `${warning}No resources found${where}.\n`, code: 0 };
    }
    const stdout = sorted.length === 0 ? "" : printObjects(sorted, {
      output: inv.flags.string("output"),
      clock: clockOf(inv.cluster),
      withNamespace: allNs,
      withKind: kinds.size > 1 || inv.flags.bool("show-kind") || typed.includes("all"),
      showLabels: inv.flags.bool("show-labels"),
      labelColumns: inv.flags.strings("label-columns").flatMap((l) => l.split(",")),
      noHeaders: inv.flags.bool("no-headers"),
      single: named && targets.length === 1 && (targets[0]?.names.length ?? 0) === 1,
    });
    return { stdout, stderr: warning + stderr, code: errors.length > 0 ? 1 : 0, stderrFirst: warning !== "" };
  },
};

