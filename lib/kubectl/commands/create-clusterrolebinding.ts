/** `kubectl create clusterrolebinding NAME --clusterrole=NAME [--user=username] [--group=groupname] [--serviceaccount=namespace:name]` */
import type { KubeObject } from "../../cluster";
import type { KubectlCommand } from "../kubectl/command";
import { printOrCreate, requireFlag, requireName } from "../kubectl/create-object";
import { BINDING_SUBJECT_FLAGS, subjectsOf } from "../kubectl/role-subjects";
import { DRY_RUN_FLAGS, OUTPUT_FLAGS } from "./shared-flags";

export const command: KubectlCommand = {
  path: "create clusterrolebinding",
  short: "Create a cluster role binding for a particular cluster role",
  usage: "kubectl create clusterrolebinding NAME --clusterrole=NAME [--user=username] [--group=groupname] [--serviceaccount=namespace:serviceaccountname] [--dry-run=server|client|none] [options]",
  flags: [...OUTPUT_FLAGS, ...DRY_RUN_FLAGS, { name: "clusterrole", type: "string" }, ...BINDING_SUBJECT_FLAGS],
  run: (inv) => {
    const clusterRole = requireFlag(inv, "clusterrole");
    const name = requireName(inv);
    const roleRef = { apiGroup: "rbac.authorization.k8s.io", kind: "ClusterRole", name: clusterRole };
    const subjects = subjectsOf(inv);
    const binding: KubeObject = { apiVersion: "rbac.authorization.k8s.io/v1", kind: "ClusterRoleBinding", metadata: { creationTimestamp: null, name } as unknown as KubeObject["metadata"], roleRef, ...(subjects.length > 0 ? { subjects } : {}) };
    return printOrCreate(inv, binding);
  },
};
