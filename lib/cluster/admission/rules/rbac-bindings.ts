/** Role bindings name a Role or ClusterRole and well-formed subjects (service accounts with a namespace when cluster-wide). */
import { at, objects, str } from "../access";
import { required, unsupported } from "./messages";
import type { Rule, RuleFinding } from "./rule";

const SUBJECT_KINDS = ["ServiceAccount", "User", "Group"];

export const rbacBindings: Rule = {
  meta: { id: "rbac-bindings", title: "role bindings reference a role kind and well-formed subjects", kinds: ["RoleBinding", "ClusterRoleBinding"] },
  check(object) {
    const findings: RuleFinding[] = [];
    const allowed = object.kind === "RoleBinding" ? ["Role", "ClusterRole"] : ["ClusterRole"];
    const kind = str(at(object, "roleRef", "kind"));
    if (kind !== undefined && !allowed.includes(kind)) findings.push(unsupported("roleRef.kind", kind, allowed, object.kind === "ClusterRoleBinding" ? "A ClusterRoleBinding can only grant a ClusterRole." : undefined));
    if (!str(at(object, "roleRef", "name"))) findings.push(required("roleRef.name"));
    objects(object.subjects).forEach((subject, i) => {
      const path = `subjects[${i}]`;
      const subjectKind = str(subject.kind);
      if (subjectKind !== undefined && !SUBJECT_KINDS.includes(subjectKind)) findings.push(unsupported(`${path}.kind`, subjectKind, SUBJECT_KINDS));
      if (!str(subject.name)) findings.push(required(`${path}.name`));
      if (subjectKind === "ServiceAccount" && object.kind === "ClusterRoleBinding" && !str(subject.namespace)) {
        findings.push(required(`${path}.namespace`, undefined, "A ServiceAccount subject of a ClusterRoleBinding must say which namespace the account is in."));
      }
      if ((subjectKind === "User" || subjectKind === "Group") && subject.apiGroup !== "rbac.authorization.k8s.io") {
        findings.push(unsupported(`${path}.apiGroup`, subject.apiGroup ?? "", ["rbac.authorization.k8s.io"]));
      }
    });
    return findings;
  },
};
