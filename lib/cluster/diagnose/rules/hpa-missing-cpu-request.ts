/** hpa-missing-cpu-request: a CPU-utilisation HPA whose target's containers request no CPU, so it never scales. */
import { conditionsOf } from "../../types";
import { named, type DiagnosisRule, type Finding } from "../problem";

export const hpaMissingCpuRequest: DiagnosisRule = {
  meta: { id: "hpa-missing-cpu-request", title: "an autoscaler's target requests no CPU", severity: "warning" },
  check(ctx) {
    const out: Finding[] = [];
    for (const hpa of ctx.list("HorizontalPodAutoscaler")) {
      const active = conditionsOf(hpa.status).find((c) => c.type === "ScalingActive");
      const message = active?.message ?? "";
      if (active?.status !== "False" || !message.includes("missing request for cpu")) continue;
      const container = /in container (\S+)/.exec(message)?.[1] ?? "";
      out.push({
        object: hpa, path: "spec.scaleTargetRef",
        message: `${named(hpa)} cannot compute CPU utilisation: ${message.replace(/^the HPA was unable to compute the replica count: /, "")}. Utilisation is usage divided by the request, so it never scales.`,
        fix: `Add resources.requests.cpu (e.g. 100m) to container ${container} in the target's pod template.`,
      });
    }
    return out;
  },
};
