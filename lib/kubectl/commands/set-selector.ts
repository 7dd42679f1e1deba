/** `kubectl set selector (-f FILENAME | TYPE NAME) EXPRESSIONS`: replaces a service's selector (equality expressions). */
import { KubectlError, type KubectlCommand } from "../kubectl/command";
import { clockOf, displayName, dryRunOf, dryRunSuffix, selectObjects } from "../kubectl/objects";
import { editable, writeBack } from "../kubectl/patch";
import { printObjects, validateOutput } from "../printers/output";
import { DRY_RUN_FLAGS, OUTPUT_FLAGS } from "./shared-flags";

/** `app=web,tier=front` (also `==`) as a map; set-based expressions cannot be a service's selector. */
function selectorOf(expression: string): Record<string, string> {
  const selector: Record<string, string> = {};
  if (/[()!]|\s(in|notin)\s/.test(expression)) throw new KubectlError(`error: kubectl set selector in this simulated terminal takes key=value expressions (a service's selector has no set-based form): "${expression}"`);
  for (const part of expression.split(",").map((p) => p.trim()).filter((p) => p !== "")) {
    const match = /^([A-Za-z0-9./_-]+)\s*==?\s*([A-Za-z0-9._-]*)$/.exec(part);
    if (!match) throw new KubectlError(`error: invalid label selector "${expression}": expected key=value`);
    selector[match[1] ?? ""] = match[2] ?? "";
  }
  return selector;
}

export const command: KubectlCommand = {
  path: "set selector",
  short: "Set the selector on a resource",
  usage: "kubectl set selector (-f FILENAME | TYPE NAME) EXPRESSIONS [--resource-version=version] [options]",
  flags: [...OUTPUT_FLAGS, ...DRY_RUN_FLAGS, { name: "all", type: "bool" }, { name: "resource-version", type: "string", ignored: true }, { name: "record", type: "bool", ignored: true }],
  run: (inv) => {
    const resources = inv.args.slice(0, -1);
    if (resources.length === 0) throw new KubectlError("error: one or more resources must be specified as <resource> <name> or <resource>/<name>\nSee 'kubectl set selector -h' for help and examples");
    const selector = selectorOf(inv.args[inv.args.length - 1] ?? "");
    const output = inv.flags.string("output");
    validateOutput(output);
    const dryRun = dryRunOf(inv);
    let out = "";
    for (const stored of selectObjects(inv, resources)) {
      if (stored.kind !== "Service") throw new KubectlError(`error: kubectl set selector is simulated for services only (a ${stored.kind}'s selector is immutable once created); recreate the ${stored.kind} with the new labels instead`);
      const o = editable(stored);
      (o.spec as Record<string, unknown>).selector = selector;
      if (dryRun === "none") writeBack(inv, o);
      const now = dryRun === "none" ? inv.cluster.get(o.kind, o.metadata.namespace, o.metadata.name ?? "") ?? o : o;
      out += output ? printObjects([now], { output, clock: clockOf(inv.cluster), single: true }) : `${displayName(o)} selector updated${dryRunSuffix(dryRun)}\n`;
    }
    return { stdout: out, stderr: "", code: 0 };
  },
};
