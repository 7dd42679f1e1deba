/** `kubectl create quota NAME [--hard=key1=value1,key2=value2] [--scopes=Scope1,Scope2]` */
import type { KubeObject } from "../../cluster";
import { parseQuantity } from "../../cluster/util/quantity";
import { KubectlError, type KubectlCommand } from "../kubectl/command";
import { printOrCreate, requireName } from "../kubectl/create-object";
import { DRY_RUN_FLAGS, OUTPUT_FLAGS } from "./shared-flags";

/** kubectl's populateResourceListV1: `pods=2,requests.cpu=1` → `{ pods: "2", "requests.cpu": "1" }`. */
function hardOf(spec: string): Record<string, string> {
  const hard: Record<string, string> = {};
  for (const item of spec.split(",").filter((s) => s !== "")) {
    const parts = item.split("=");
    if (parts.length !== 2) throw new KubectlError(`error: invalid argument syntax ${item}, expected <resource>=<value>`);
    const [key = "", value = ""] = parts;
    if (!Number.isFinite(parseQuantity(value))) throw new KubectlError("error: quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'");
    hard[key] = value;
  }
  return hard;
}

export const command: KubectlCommand = {
  path: "create quota",
  aliases: ["resourcequota"],
  short: "Create a quota with the specified name",
  usage: "kubectl create quota NAME [--hard=key1=value1,key2=value2] [--scopes=Scope1,Scope2] [--dry-run=server|client|none] [options]",
  flags: [...OUTPUT_FLAGS, ...DRY_RUN_FLAGS, { name: "hard", type: "string" }, { name: "scopes", type: "string" }],
  run: (inv) => {
    const name = requireName(inv);
    const hard = hardOf(inv.flags.string("hard"));
    const scopes = inv.flags.string("scopes").split(",").filter((s) => s !== "");
    const spec = { ...(Object.keys(hard).length > 0 ? { hard } : {}), ...(scopes.length > 0 ? { scopes } : {}) };
    const quota: KubeObject = { apiVersion: "v1", kind: "ResourceQuota", metadata: { creationTimestamp: null, name } as unknown as KubeObject["metadata"], spec, status: {} };
    return printOrCreate(inv, quota);
  },
};
