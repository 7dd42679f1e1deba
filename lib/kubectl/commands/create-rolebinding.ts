/** `kubectl create rolebinding NAME --clusterrole=NAME|--role=NAME [--user=username] [--group=groupname] [--serviceaccount=namespace:name]` */
import type { KubeObject } from "../../cluster";
import { KubectlError, type KubectlCommand } from "../kubectl/command";
import { printOrCreate, requireName } from "../kubectl/create-object";
import { BINDING_SUBJECT_FLAGS, subjectsOf } from "../kubectl/role-subjects";
import { DRY_RUN_FLAGS, OUTPUT_FLAGS } from "./shared-flags";

export const command: KubectlCommand = {
  path: "create rolebinding",
  short: "Create a role binding for a particular role or cluster role",
  usage: "kubectl create rolebinding NAME --clusterrole=NAME|--role=NAME [--user=username] [--group=groupname] [--serviceaccount=namespace:serviceaccountname] [--dry-run=server|client|none] [options]",
  flags: [...OUTPUT_FLAGS, ...DRY_RUN_FLAGS, { name: "role", type: "string" }, { name: "clusterrole", type: "string" }, ...BINDING_SUBJECT_FLAGS],
  run: (inv) => {
    const name = requireName(inv);
    const role = inv.flags.string("role");
    const clusterRole = inv.flags.string("clusterrole");
    if ((role === "") === (clusterRole === "")) throw new KubectlError("error: exactly one of clusterrole or role must be specified");
    const roleRef = { apiGroup: "rbac.authorization.k8s.io", kind: role ? "Role" : "ClusterRole", name: role || clusterRole };
    const subjects = subjectsOf(inv);
    const binding: KubeObject = { apiVersion: "rbac.authorization.k8s.io/v1", kind: "RoleBinding", metadata: { creationTimestamp: null, name } as unknown as KubeObject["metadata"], roleRef, ...(subjects.length > 0 ? { subjects } : {}) };
    return printOrCreate(inv, binding);
  },
};
