/** pod-crash-loop: a container (or init container) that keeps exiting, with the reason the image gives. */
import { describeImage } from "../../images/catalogue";
import type { Container, ContainerStatus, Pod } from "../../types";
import { podPathIn } from "../paths";
import { podsOf, type DiagnosisRule, type Finding } from "../problem";

function crashing(pod: Pod): { status: ContainerStatus; container: Container; path: string; init: boolean } | undefined {
  const lists: [ContainerStatus[] | undefined, Container[] | undefined, string, boolean][] = [
    [pod.status?.initContainerStatuses, pod.spec.initContainers, "initContainers", true],
    [pod.status?.containerStatuses, pod.spec.containers, "containers", false],
  ];
  for (const [statuses, containers, field, init] of lists) {
    for (const status of statuses ?? []) {
      const looping = status.state.waiting?.reason === "CrashLoopBackOff" || (status.restartCount > 0 && status.state.terminated?.reason === "Error");
      const index = (containers ?? []).findIndex((c) => c.name === status.name);
      const container = containers?.[index];
      if (looping && container) return { status, container, path: `spec.${field}[${index}]`, init };
    }
  }
  return undefined;
}

function cause(c: Container, status: ContainerStatus): { why: string; fix: string } {
  const behaviour = describeImage(c.image ?? "");
  const set = new Set((c.env ?? []).filter((e) => e.value !== "" || e.valueFrom).map((e) => e.name));
  const missing = (behaviour?.requiredEnv ?? []).filter((name) => !set.has(name));
  if (missing.length > 0 && !(c.envFrom ?? []).length) {
    return { why: `image ${c.image ?? ""} exits at once unless ${missing.join(" and ")} ${missing.length === 1 ? "is" : "are"} set, and the container does not set ${missing.length === 1 ? "it" : "them"}`, fix: `Set ${missing.join(", ")} under env (for a password, from a Secret with valueFrom.secretKeyRef).` };
  }
  const last = status.lastState.terminated ?? status.state.terminated;
  if (last?.exitCode === 137 && c.livenessProbe) return { why: "its liveness probe fails, so the kubelet kills and restarts it", fix: "Point the liveness probe at a port and path the container answers, or give it a longer initialDelaySeconds." };
  if (last?.exitCode === 0) return { why: "its command finishes (exit code 0) and the restart policy starts it again", fix: "Give it a command that keeps running (a server, or sleep infinity), or run one-off work as a Job." };
  return { why: `its process exits with code ${last?.exitCode ?? "non-zero"}`, fix: "Read its output with kubectl logs --previous and fix the command, arguments or configuration it needs." };
}

export const podCrashLoop: DiagnosisRule = {
  meta: { id: "pod-crash-loop", title: "a container keeps exiting and restarting", severity: "error" },
  check(ctx) {
    const out: Finding[] = [];
    for (const group of ctx.podGroups()) {
      const hits = group.pods.map((p) => ({ pod: p, hit: crashing(p) })).filter((x) => x.hit !== undefined);
      const first = hits[0]?.hit;
      if (!first) continue;
      const { why, fix } = cause(first.container, first.status);
      const count = group.owner.kind === "Pod" ? "" : ` (${hits.length} of ${group.pods.length})`;
      const restarts = first.status.restartCount === 1 ? "restarted once" : `restarted ${first.status.restartCount} times`;
      const state = first.init ? `Init:CrashLoopBackOff, ${restarts}; the pod never starts its containers` : `CrashLoopBackOff, ${restarts}`;
      out.push({
        object: group.owner, path: podPathIn(group.owner, first.path),
        message: `${podsOf(group)}${count}: ${first.init ? "init container" : "container"} ${first.container.name} keeps exiting (${state}): ${why}.`,
        fix,
      });
    }
    return out;
  },
};
