/** `kubectl create clusterrole NAME --verb=verb --resource=resource.group [--resource-name=name] [--non-resource-url=/path]` */
import type { KubeObject } from "../../cluster";
import { KubectlError, type KubectlCommand } from "../kubectl/command";
import { printOrCreate, requireName } from "../kubectl/create-object";
import { resourceRules, sliceOf, verbsOf, withWarnings } from "../kubectl/policy-rules";
import { ROLE_FLAGS } from "./create-role";

export const command: KubectlCommand = {
  path: "create clusterrole",
  short: "Create a cluster role",
  usage: "kubectl create clusterrole NAME --verb=verb --resource=resource.group [--resource-name=resourcename] [--dry-run=server|client|none] [options]",
  flags: [...ROLE_FLAGS, { name: "non-resource-url", type: "strings" }, { name: "aggregation-rule", type: "string" }],
  run: (inv) => {
    const name = requireName(inv);
    if (inv.flags.has("aggregation-rule")) throw new KubectlError("error: --aggregation-rule is not supported by this simulated terminal: write the ClusterRole's aggregationRule in a manifest and apply it");
    const { verbs, warnings } = verbsOf(inv);
    const urls = sliceOf(inv, "non-resource-url");
    return withWarnings(warnings, () => {
      if (sliceOf(inv, "resource").length === 0 && urls.length === 0) throw new KubectlError("error: one of resource or nonResourceURL must be specified");
      const rules = [...resourceRules(inv, verbs), ...(urls.length > 0 ? [{ nonResourceURLs: urls, verbs }] : [])];
      const role: KubeObject = { apiVersion: "rbac.authorization.k8s.io/v1", kind: "ClusterRole", metadata: { creationTimestamp: null, name } as unknown as KubeObject["metadata"], rules };
      return printOrCreate(inv, role);
    });
  },
};
