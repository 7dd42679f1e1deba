/** `kubectl create secret generic NAME [--from-literal] [--from-file] [--from-env-file] [--type]` */
import type { KubeObject } from "../../cluster";
import type { KubectlCommand } from "../kubectl/command";
import { printOrCreate, requireName } from "../kubectl/create-object";
import { collectData, DATA_FLAGS, toBase64 } from "../kubectl/data-sources";
import { DRY_RUN_FLAGS, OUTPUT_FLAGS } from "./shared-flags";

export const command: KubectlCommand = {
  path: "create secret generic",
  short: "Create a secret from a local file, directory, or literal value",
  usage: "kubectl create secret generic NAME [--type=string] [--from-file=[key=]source] [--from-literal=key1=value1] [--dry-run=server|client|none] [options]",
  flags: [...OUTPUT_FLAGS, ...DRY_RUN_FLAGS, ...DATA_FLAGS, { name: "type", type: "string" }],
  run: (inv) => {
    const name = requireName(inv);
    const data = Object.fromEntries(Object.entries(collectData(inv)).map(([k, v]) => [k, toBase64(v)]));
    const secret: KubeObject = {
      apiVersion: "v1",
      ...(Object.keys(data).length > 0 ? { data } : {}),
      kind: "Secret",
      metadata: { creationTimestamp: null, name } as unknown as KubeObject["metadata"],
      ...(inv.flags.has("type") ? { type: inv.flags.string("type") } : {}),
    };
    return printOrCreate(inv, secret, "secret");
  },
};
