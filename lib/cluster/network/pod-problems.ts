/**
 * Why one pod is not a ready endpoint, from its status as the scheduler and kubelet leave it:
 * terminating, finished, a waiting container (CrashLoopBackOff, ErrImagePull, …), unscheduled, still
 * being created, or running but not Ready — then what its readiness probe checks against what the
 * image listens on (a probe on a port nothing listens on never passes).
 */
import { describeImage } from "../images/catalogue";
import { imagePullFailure } from "../images/pull-failure";
import type { ContainerView, PodView, ProbeView } from "./read";

function probeText(probe: ProbeView): string {
  if (probe.handler === "httpGet") return `httpGet :${probe.port ?? "?"}${probe.path ?? "/"}`;
  if (probe.handler === "tcpSocket" || probe.handler === "grpc") return `${probe.handler} :${probe.port ?? "?"}`;
  return probe.handler;
}

/** Why a running container is not ready, judged from its readiness probe and its image. */
function whyContainerNotReady(container: ContainerView): string {
  const probe = container.readinessProbe;
  if (!probe) return `container ${container.name} is not ready yet`;
  const head = `container ${container.name}'s readiness probe (${probeText(probe)})`;
  if (probe.handler === "exec" || probe.handler === "unknown" || probe.port === undefined) return `${head} has not passed`;
  const port = typeof probe.port === "number" ? probe.port : container.ports.find((p) => p.name === probe.port)?.containerPort;
  if (port === undefined) return `${head} names port ${String(probe.port)}, which the container does not declare`;
  const behaviour = describeImage(container.image);
  const listens = !behaviour ? [] : behaviour.listens === "declared"
    ? container.ports.map((p) => ({ port: p.containerPort, http: true }))
    : behaviour.listens.map((l) => ({ port: l.port, http: l.httpPaths !== undefined }));
  const listener = listens.find((l) => l.port === port);
  if (!listener) {
    const where = listens.length > 0 ? `${container.image} listens on ${listens.map((l) => l.port).join(", ")}` : `${container.image} listens on no port`;
    return `${head} fails: nothing listens on ${port} (${where})`;
  }
  if (probe.handler === "httpGet" && !listener.http) return `${head} fails: port ${port} does not speak HTTP`;
  return `${head} has not passed yet`;
}

/** ` (did you mean nginx?)` for an image that cannot be pulled and is a small edit from one that exists. */
function didYouMean(pod: PodView, container: string, reason: string): string {
  if (reason !== "ErrImagePull" && reason !== "ImagePullBackOff") return "";
  const image = pod.containers.find((c) => c.name === container)?.image ?? "";
  const failure = imagePullFailure(image);
  if (!failure?.didYouMean) return "";
  return ` (did you mean ${failure.kind === "repository" ? failure.didYouMean : `${failure.repository}:${failure.didYouMean}`}?)`;
}

/** One clause saying why a pod is not a ready endpoint, e.g. `web-1 is Pending: 0/3 nodes are available…`. */
export function describePodProblem(pod: PodView): string {
  if (pod.terminating) return `${pod.name} is terminating`;
  if (pod.phase === "Succeeded" || pod.phase === "Failed") return `${pod.name} has finished (${pod.phase})`;
  for (const status of pod.containerStatuses) {
    if (status.waiting?.reason && status.waiting.reason !== "ContainerCreating") {
      const restarts = status.restartCount > 0 ? `, restarted ${status.restartCount} times` : "";
      const message = status.waiting.message ? `: ${status.waiting.message}` : "";
      return `${pod.name}: container ${status.name} is in ${status.waiting.reason}${restarts}${message}${didYouMean(pod, status.name, status.waiting.reason)}`;
    }
  }
  const scheduled = pod.conditions.find((c) => c.type === "PodScheduled");
  if (scheduled?.status === "False") {
    return `${pod.name} is Pending${scheduled.message ? `: ${scheduled.message}` : " (not scheduled)"}`;
  }
  if (!pod.podIP || pod.phase === "Pending") return `${pod.name} is Pending (containers are being created)`;
  if (!pod.ready) {
    const notReady = pod.containerStatuses.filter((s) => !s.ready && s.running);
    const reasons = notReady.flatMap((s) => {
      const container = pod.containers.find((c) => c.name === s.name);
      return container ? [whyContainerNotReady(container)] : [];
    });
    const ready = pod.conditions.find((c) => c.type === "Ready");
    const detail = reasons.length > 0 ? reasons.join("; ") : ready?.message ?? "its Ready condition is not True";
    return `${pod.name} is running but not Ready: ${detail}`;
  }
  return `${pod.name} is ready`;
}
