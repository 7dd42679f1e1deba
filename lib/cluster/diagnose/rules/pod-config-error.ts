/** pod-config-error: a container whose env names a ConfigMap, Secret or key that does not exist. */
import { closestName } from "../../admission/suggest";
import { podPathIn } from "../paths";
import { podsOf, type DiagnosisRule, type Finding } from "../problem";

export const podConfigError: DiagnosisRule = {
  meta: { id: "pod-config-error", title: "a container's configuration refers to something missing", severity: "error" },
  check(ctx) {
    const out: Finding[] = [];
    for (const group of ctx.podGroups()) {
      const pod = group.pods.find((p) => (p.status?.containerStatuses ?? []).some((s) => s.state.waiting?.reason === "CreateContainerConfigError"));
      const status = pod?.status?.containerStatuses?.find((s) => s.state.waiting?.reason === "CreateContainerConfigError");
      if (!pod || !status) continue;
      const message = status.state.waiting?.message ?? "";
      const missing = /^(configmap|secret) "([^"]+)" not found$/.exec(message);
      const ns = pod.metadata.namespace ?? "default";
      let hint = "";
      if (missing?.[1] && missing[2]) {
        const kind = missing[1] === "configmap" ? "ConfigMap" : "Secret";
        const near = closestName(missing[2], ctx.list(kind, ns).map((o) => o.metadata.name ?? ""));
        hint = near ? ` The closest ${kind} in namespace ${ns} is "${near}".` : ` Namespace ${ns} has no ${kind} of that name.`;
      }
      const index = pod.spec.containers.findIndex((c) => c.name === status.name);
      out.push({
        object: group.owner, path: podPathIn(group.owner, `spec.containers[${index}]`),
        message: `${podsOf(group)} cannot start container ${status.name} (CreateContainerConfigError): ${message}.${hint}`,
        fix: "Create the missing object (or key) in the pod's namespace, fix the name the container refers to, or mark the reference optional: true.",
      });
    }
    return out;
  },
};
