/**
 * `kubectl label` and `kubectl annotate` share their rules: `key=value` sets, `key-` removes, a
 * changed value needs --overwrite, and the result line says labeled/unlabeled/not labeled.
 */
import type { CommandOutput } from "../shell/program";
import { KubectlError, type Invocation } from "./command";
import { displayName, dryRunOf, dryRunSuffix, parseTargets } from "./objects";
import { parseSelector } from "./selector";
import { editable, writeBack } from "./patch";

export function editMetadata(inv: Invocation, field: "labels" | "annotations"): CommandOutput {
  const verb = field === "labels" ? "label" : "annotate";
  const changes = inv.args.filter((a) => a.includes("=") || (a.endsWith("-") && !a.includes("/")));
  const resources = inv.args.filter((a) => !changes.includes(a));
  if (changes.length === 0) throw new KubectlError(`error: at least one ${field === "labels" ? "label" : "annotation"} update is required\nSee 'kubectl ${verb} -h' for help and examples`);
  const targets = parseTargets(resources);
  if (targets.length === 0) throw new KubectlError(`error: one or more resources must be specified as <resource> <name> or <resource>/<name>\nSee 'kubectl ${verb} -h' for help and examples`);
  const selector = inv.flags.has("selector") ? parseSelector(inv.flags.string("selector")) : undefined;
  let out = "";
  for (const { resource, names } of targets) {
    const ns = resource.namespaced ? inv.namespace : undefined;
    const objects = names.length > 0
      ? names.map((n) => { const o = inv.cluster.get(resource.kind, ns, n); if (!o) throw new KubectlError(`Error from server (NotFound): ${resource.name}${resource.apiVersion.includes("/") ? `.${resource.apiVersion.split("/")[0] ?? ""}` : ""} "${n}" not found`); return o; })
      : inv.flags.bool("all") || selector ? inv.cluster.list(resource.kind, ns).filter((o) => !selector || selector(o.metadata.labels)) : [];
    if (objects.length === 0 && names.length === 0) throw new KubectlError(`error: resource(s) were provided, but no name was specified`);
    for (const stored of objects) {
      const o = editable(stored);
      const map: Record<string, string> = { ...(o.metadata[field] ?? {}) };
      let changed = false;
      let removedOnly = true;
      for (const c of changes) {
        if (!c.includes("=")) {
          const key = c.slice(0, -1);
          if (key in map) { delete map[key]; changed = true; }
          continue;
        }
        removedOnly = false;
        const key = c.slice(0, c.indexOf("="));
        const value = c.slice(c.indexOf("=") + 1);
        if (field === "labels" && !/^([a-z0-9]([-a-z0-9.]*[a-z0-9])?\/)?[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$/.test(key)) throw new KubectlError(`error: invalid label spec: ${c}`);
        if (key in map && map[key] !== value && !inv.flags.bool("overwrite")) throw new KubectlError(`error: '${key}' already has a value (${map[key] ?? ""}), and --overwrite is false`);
        if (map[key] !== value) changed = true;
        map[key] = value;
      }
      if (Object.keys(map).length > 0) o.metadata[field] = map;
      else delete o.metadata[field];
      const dryRun = dryRunOf(inv);
      if (changed && dryRun === "none") writeBack(inv, o);
      const word = field === "labels" ? (removedOnly ? "unlabeled" : "labeled") : (removedOnly ? "unannotated" : "annotated");
      out += `${displayName(o)} ${changed ? word : `not ${word}`}${dryRunSuffix(dryRun)}\n`;
    }
  }
  return { stdout: out, stderr: "", code: 0 };
}
