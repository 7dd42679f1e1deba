/** `kubectl set resources TYPE/NAME [-c CONTAINER] --limits=cpu=200m,memory=512Mi --requests=cpu=100m` */
import { KubectlError, type KubectlCommand } from "../kubectl/command";
import { displayName, dryRunOf, dryRunSuffix, selectObjects } from "../kubectl/objects";
import { editable, podSpecOf, writeBack } from "../kubectl/patch";
import { DRY_RUN_FLAGS, OUTPUT_FLAGS } from "./shared-flags";

function parseList(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const pair of text.split(",").filter((p) => p !== "")) {
    const [k = "", v] = pair.split("=");
    if (v === undefined || !/^(cpu|memory|ephemeral-storage|[a-z0-9.-]+\/[a-z0-9.-]+)$/.test(k)) throw new KubectlError(`error: invalid resource specification: ${pair}`);
    out[k] = v;
  }
  return out;
}

export const command: KubectlCommand = {
  path: "set resources",
  short: "Update resource requests/limits on objects with pod templates",
  usage: "kubectl set resources (-f FILENAME | TYPE NAME)  ([--limits=LIMITS & --requests=REQUESTS] [options]",
  flags: [...OUTPUT_FLAGS, ...DRY_RUN_FLAGS, { name: "containers", short: "c", type: "string", default: "*" }, { name: "limits", type: "string" }, { name: "requests", type: "string" }, { name: "all", type: "bool" }],
  run: (inv) => {
    if (!inv.flags.has("limits") && !inv.flags.has("requests")) throw new KubectlError("error: you must specify an update to requests or limits (in the form of --requests/--limits)");
    if (inv.args.filter((a) => !a.includes("=") && !a.endsWith("-")).length === 0) throw new KubectlError("error: one or more resources must be specified as <resource> <name> or <resource>/<name>\nSee 'kubectl set resources -h' for help and examples");
    const limits = parseList(inv.flags.string("limits"));
    const requests = parseList(inv.flags.string("requests"));
    let out = "";
    for (const stored of selectObjects(inv, inv.args)) {
      const o = editable(stored);
      const want = inv.flags.string("containers");
      const containers = ((podSpecOf(o)?.containers as { name: string; resources?: { limits?: Record<string, string>; requests?: Record<string, string> } }[] | undefined) ?? []).filter((c) => want === "*" || c.name === want);
      if (containers.length === 0) throw new KubectlError(`error: unable to find container named ${want}`);
      for (const c of containers) {
        const r = c.resources ?? {};
        if (Object.keys(limits).length > 0) r.limits = { ...(r.limits ?? {}), ...limits };
        if (Object.keys(requests).length > 0) r.requests = { ...(r.requests ?? {}), ...requests };
        c.resources = r;
      }
      const dryRun = dryRunOf(inv);
      if (dryRun === "none") writeBack(inv, o);
      out += `${displayName(o)} resource requirements updated${dryRunSuffix(dryRun)}\n`;
    }
    return { stdout: out, stderr: "", code: 0 };
  },
};
