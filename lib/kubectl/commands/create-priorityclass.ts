/** `kubectl create priorityclass NAME --value=VALUE [--global-default] [--description=…] [--preemption-policy=…]` */
import type { KubeObject } from "../../cluster";
import type { KubectlCommand } from "../kubectl/command";
import { printOrCreate, requireName } from "../kubectl/create-object";
import { DRY_RUN_FLAGS, OUTPUT_FLAGS } from "./shared-flags";

export const command: KubectlCommand = {
  path: "create priorityclass",
  aliases: ["pc"],
  short: "Create a priority class with the specified name",
  usage: "kubectl create priorityclass NAME --value=VALUE --global-default=BOOL [--dry-run=server|client|none] [options]",
  flags: [...OUTPUT_FLAGS, ...DRY_RUN_FLAGS, { name: "value", type: "int", default: 0 }, { name: "global-default", type: "bool" }, { name: "description", type: "string" }, { name: "preemption-policy", type: "string", default: "PreemptLowerPriority" }],
  run: (inv) => {
    const name = requireName(inv);
    const description = inv.flags.string("description");
    const pc = {
      apiVersion: "scheduling.k8s.io/v1", ...(description ? { description } : {}), globalDefault: inv.flags.bool("global-default"), kind: "PriorityClass",
      metadata: { creationTimestamp: null, name }, preemptionPolicy: inv.flags.string("preemption-policy"), value: inv.flags.int("value"),
    } as unknown as KubeObject;
    return printOrCreate(inv, pc);
  },
};
