/** pod-failed: a pod that will not run again (restartPolicy Never or OnFailure) because a container or init container failed. */
import { podPathIn } from "../paths";
import { podsOf, type DiagnosisRule, type Finding } from "../problem";

export const podFailed: DiagnosisRule = {
  meta: { id: "pod-failed", title: "a pod failed and is not restarted", severity: "error" },
  check(ctx) {
    const out: Finding[] = [];
    for (const group of ctx.podGroups()) {
      if (group.owner.kind === "Job" || group.owner.kind === "CronJob") continue;
      const pod = group.pods.find((p) => p.status?.phase === "Failed");
      if (!pod) continue;
      const init = (pod.status?.initContainerStatuses ?? []).find((s) => s.state.terminated && s.state.terminated.exitCode !== 0);
      const app = (pod.status?.containerStatuses ?? []).find((s) => s.state.terminated && s.state.terminated.exitCode !== 0);
      const failed = init ?? app;
      const field = init ? "initContainers" : "containers";
      const index = (init ? pod.spec.initContainers ?? [] : pod.spec.containers).findIndex((c) => c.name === failed?.name);
      out.push({
        object: group.owner, path: podPathIn(group.owner, index >= 0 ? `spec.${field}[${index}]` : "spec"),
        message: `${podsOf(group)} failed: ${init ? "init container" : "container"} ${failed?.name ?? ""} exited with code ${failed?.state.terminated?.exitCode ?? "?"} and restartPolicy ${pod.spec.restartPolicy ?? "Always"} does not run it again${init ? ", so the app containers never start" : ""}.`,
        fix: "Fix the command (kubectl logs POD -c CONTAINER shows its output) and create the pod again.",
      });
    }
    return out;
  },
};
