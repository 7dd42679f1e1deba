/** `kubectl create role NAME --verb=verb --resource=resource.group/subresource [--resource-name=name]` */
import type { KubeObject } from "../../cluster";
import { KubectlError, type KubectlCommand } from "../kubectl/command";
import { printOrCreate, requireName } from "../kubectl/create-object";
import { resourceRules, sliceOf, verbsOf, withWarnings } from "../kubectl/policy-rules";
import { DRY_RUN_FLAGS, OUTPUT_FLAGS } from "./shared-flags";

export const ROLE_FLAGS = [
  ...OUTPUT_FLAGS, ...DRY_RUN_FLAGS,
  { name: "verb", type: "strings" as const }, { name: "resource", type: "strings" as const }, { name: "resource-name", type: "strings" as const },
];

export const command: KubectlCommand = {
  path: "create role",
  short: "Create a role with single rule",
  usage: "kubectl create role NAME --verb=verb --resource=resource.group/subresource [--resource-name=resourcename] [--dry-run=server|client|none] [options]",
  flags: ROLE_FLAGS,
  run: (inv) => {
    const name = requireName(inv);
    const { verbs, warnings } = verbsOf(inv);
    return withWarnings(warnings, () => {
      if (sliceOf(inv, "resource").length === 0) throw new KubectlError("error: at least one resource must be specified");
      const role: KubeObject = { apiVersion: "rbac.authorization.k8s.io/v1", kind: "Role", metadata: { creationTimestamp: null, name } as unknown as KubeObject["metadata"], rules: resourceRules(inv, verbs) };
      return printOrCreate(inv, role);
    });
  },
};
