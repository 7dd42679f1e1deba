/** `kubectl create namespace NAME` */
import type { KubeObject } from "../../cluster";
import type { KubectlCommand } from "../kubectl/command";
import { printOrCreate, requireName } from "../kubectl/create-object";
import { DRY_RUN_FLAGS, OUTPUT_FLAGS } from "./shared-flags";

export const command: KubectlCommand = {
  path: "create namespace",
  aliases: ["ns"],
  short: "Create a namespace with the specified name",
  usage: "kubectl create namespace NAME [--dry-run=server|client|none] [options]",
  flags: [...OUTPUT_FLAGS, ...DRY_RUN_FLAGS],
  run: (inv) => {
    const name = requireName(inv);
    const ns: KubeObject = { apiVersion: "v1", kind: "Namespace", metadata: { creationTimestamp: null, name } as unknown as KubeObject["metadata"], spec: {}, status: {} };
    return printOrCreate(inv, ns);
  },
};
