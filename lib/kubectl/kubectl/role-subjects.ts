/** The subjects of `kubectl create rolebinding|clusterrolebinding`: users, then groups, then service accounts. */
import { KubectlError, type Invocation } from "./command";

export interface Subject { apiGroup?: string; kind: string; name: string; namespace?: string }

export const BINDING_SUBJECT_FLAGS = [
  { name: "user", type: "strings" as const }, { name: "group", type: "strings" as const }, { name: "serviceaccount", type: "strings" as const },
];

export function subjectsOf(inv: Invocation): Subject[] {
  const users = inv.flags.strings("user").map((name) => ({ apiGroup: "rbac.authorization.k8s.io", kind: "User", name }));
  const groups = inv.flags.strings("group").map((name) => ({ apiGroup: "rbac.authorization.k8s.io", kind: "Group", name }));
  const accounts = inv.flags.strings("serviceaccount").map((sa) => {
    const tokens = sa.split(":");
    if (tokens.length !== 2 || tokens[1] === "") throw new KubectlError("error: serviceaccount must be <namespace>:<name>");
    return { kind: "ServiceAccount", name: tokens[1] ?? "", namespace: tokens[0] ?? "" };
  });
  return [...users, ...groups, ...accounts];
}
