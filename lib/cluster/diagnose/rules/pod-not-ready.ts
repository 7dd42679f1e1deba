/** pod-not-ready: a running pod whose readiness probe fails, so Services send it no traffic. */
import { podPathIn } from "../paths";
import { podsOf, verb, type DiagnosisRule, type Finding } from "../problem";

export const podNotReady: DiagnosisRule = {
  meta: { id: "pod-not-ready", title: "a running pod is not ready", severity: "error" },
  check(ctx) {
    const out: Finding[] = [];
    for (const group of ctx.podGroups()) {
      const pod = group.pods.find((p) => p.status?.phase === "Running" && p.status.conditions?.some((c) => c.type === "Ready" && c.status === "False") && (p.status.containerStatuses ?? []).every((s) => s.state.running));
      if (!pod) continue;
      const index = pod.spec.containers.findIndex((c, i) => c.readinessProbe && pod.status?.containerStatuses?.[i]?.ready === false);
      if (index < 0) continue;
      const container = pod.spec.containers[index];
      const unhealthy = ctx.events().find((e) => e.reason === "Unhealthy" && e.involvedObject.name === pod.metadata.name && e.message.startsWith("Readiness"));
      out.push({
        object: group.owner, path: podPathIn(group.owner, `spec.containers[${index}].readinessProbe`),
        message: `${podsOf(group)} ${verb(group, "runs but is", "run but are")} not Ready: the readiness probe of container ${container?.name ?? ""} fails${unhealthy ? ` (${unhealthy.message})` : ""}, so no Service sends them traffic.`,
        fix: "Point the readiness probe at a port and path the container answers (see the image's ports), or fix what the probe checks.",
      });
    }
    return out;
  },
};
