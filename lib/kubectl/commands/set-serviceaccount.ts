/** `kubectl set serviceaccount (-f FILENAME | TYPE NAME) SERVICE_ACCOUNT`: the pod template's serviceAccountName. */
import { KubectlError, type KubectlCommand } from "../kubectl/command";
import { clockOf, displayName, dryRunOf, dryRunSuffix, selectObjects } from "../kubectl/objects";
import { editable, podSpecOf, writeBack } from "../kubectl/patch";
import { printObjects, validateOutput } from "../printers/output";
import { DRY_RUN_FLAGS, OUTPUT_FLAGS } from "./shared-flags";

export const command: KubectlCommand = {
  path: "set serviceaccount",
  aliases: ["sa"],
  short: "Update the service account of a resource",
  usage: "kubectl set serviceaccount (-f FILENAME | TYPE NAME) SERVICE_ACCOUNT [options]",
  flags: [...OUTPUT_FLAGS, ...DRY_RUN_FLAGS, { name: "all", type: "bool" }, { name: "record", type: "bool", ignored: true }],
  run: (inv) => {
    if (inv.args.length === 0) throw new KubectlError("error: serviceaccount is required");
    const account = inv.args[inv.args.length - 1] ?? "";
    const resources = inv.args.slice(0, -1);
    if (resources.length === 0) throw new KubectlError("error: You must provide one or more resources by argument or filename.\nExample resource specifications include:\n   '-f rsrc.yaml'\n   '--filename=rsrc.json'\n   '<resource> <name>'\n   '<resource>'");
    const output = inv.flags.string("output");
    validateOutput(output);
    const dryRun = dryRunOf(inv);
    let out = "";
    for (const stored of selectObjects(inv, resources)) {
      const o = editable(stored);
      const podSpec = podSpecOf(o);
      if (!podSpec) throw new KubectlError(`error: ${displayName(o)} has no pod template to set a service account in`);
      podSpec.serviceAccountName = account;
      if (dryRun === "none") writeBack(inv, o);
      const now = dryRun === "none" ? inv.cluster.get(o.kind, o.metadata.namespace, o.metadata.name ?? "") ?? o : o;
      out += output ? printObjects([now], { output, clock: clockOf(inv.cluster), single: true }) : `${displayName(o)} serviceaccount updated${dryRunSuffix(dryRun)}\n`;
    }
    return { stdout: out, stderr: "", code: 0 };
  },
};
