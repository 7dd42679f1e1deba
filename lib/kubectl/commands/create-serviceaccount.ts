/** `kubectl create serviceaccount NAME` */
import type { KubeObject } from "../../cluster";
import type { KubectlCommand } from "../kubectl/command";
import { printOrCreate, requireName } from "../kubectl/create-object";
import { DRY_RUN_FLAGS, OUTPUT_FLAGS } from "./shared-flags";

export const command: KubectlCommand = {
  path: "create serviceaccount",
  aliases: ["sa"],
  short: "Create a service account with the specified name",
  usage: "kubectl create serviceaccount NAME [--dry-run=server|client|none] [options]",
  flags: [...OUTPUT_FLAGS, ...DRY_RUN_FLAGS],
  run: (inv) => {
    const name = requireName(inv);
    const sa: KubeObject = { apiVersion: "v1", kind: "ServiceAccount", metadata: { creationTimestamp: null, name } as unknown as KubeObject["metadata"] };
    return printOrCreate(inv, sa);
  },
};
