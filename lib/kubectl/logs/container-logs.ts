/**
 * The log of one container of a pod, as the kubelet would serve it: which run (the current one, the
 * last terminated one for `--previous` or a crash-looping container), the kubelet's errors for a
 * container that has no log yet, and the lines its image and command print (./server-logs,
 * ./script-logs) with the requests it answered.
 */
import type { Cluster } from "../../cluster";
import { describeImage, parseImageReference } from "../../cluster/images/catalogue";
import type { Container, ContainerState, ContainerStatus, Pod } from "../../cluster/types";
import { KubectlError } from "../kubectl/command";
import type { LogLine, RunContext, ServedRequest } from "./log-context";
import { scriptLogs, scriptOf } from "./script-logs";
import { serverLogsOf } from "./server-logs";

type Terminated = NonNullable<ContainerState["terminated"]>;

function badRequest(message: string): KubectlError {
  return new KubectlError(`Error from server (BadRequest): ${message}`);
}

/** Which run the kubelet reads (validateContainerLogStatus), or its error. */
function runOf(status: ContainerStatus | undefined, container: string, pod: string, previous: boolean): { started: string; terminated?: Terminated } {
  const last = status?.lastState.terminated;
  const state = status?.state;
  const waitingToStart = (why: string): KubectlError => badRequest(`container "${container}" in pod "${pod}" is waiting to start: ${why}`);
  if (previous) {
    if (!last) throw badRequest(`previous terminated container "${container}" in pod "${pod}" not found`);
    return { started: last.startedAt ?? "", terminated: last };
  }
  if (state?.running) return { started: state.running.startedAt };
  if (state?.terminated) return { started: state.terminated.startedAt ?? "", terminated: state.terminated };
  if (last) return { started: last.startedAt ?? "", terminated: last };
  const reason = state?.waiting?.reason ?? "ContainerCreating";
  if (reason === "ErrImagePull") throw waitingToStart("image can't be pulled");
  if (reason === "ImagePullBackOff") throw waitingToStart("trying and failing to pull image");
  throw waitingToStart(reason);
}

function listensOn(c: Container, port: number): boolean {
  if (c.ports?.some((p) => p.containerPort === port)) return true;
  const listens = describeImage(c.image ?? "")?.listens;
  return Array.isArray(listens) && listens.some((l) => l.port === port);
}

function imageLines(ctx: RunContext): LogLine[] {
  const image = ctx.container.image ?? "";
  const behaviour = describeImage(image);
  if (!behaviour) return [];
  const server = serverLogsOf(behaviour.repository, image);
  const missing = behaviour.requiredEnv.filter((name) => !ctx.env.some((v) => v.name === name && v.value !== ""));
  if (missing.length > 0 && ctx.exit?.code === 1) {
    const text = server?.missingEnv?.(missing) ?? missing.map((m) => `error: required environment variable ${m} is not set`);
    return text.map((t) => ({ at: ctx.startedAt, text: t }));
  }
  const script = scriptOf(ctx);
  const program = (ctx.container.command?.[0] ?? "").split("/").pop() ?? "";
  const repository = parseImageReference(image).repository.split("/").pop() ?? "";
  // The image's own server runs when no command replaces it, or the command starts that server (`nginx -g 'daemon off;'`).
  const ownServer = ctx.container.command === undefined || (program !== "" && repository.startsWith(program.replace(/-server$/, "")));
  if (!server || !ownServer) return script !== undefined ? scriptLogs(ctx, script) : [];
  const access = server.access;
  const served = access ? ctx.served.flatMap((req) => access(req, ctx).map((text) => ({ at: req.at, text }))) : [];
  return [...server.start(ctx).filter((l) => l.at <= ctx.endAt), ...served];
}

/** The lines of `container` in `pod` (its current run, or the previous one), oldest first. */
export function containerLogLines(cluster: Cluster, pod: Pod, containerName: string, previous: boolean, served: readonly ServedRequest[]): LogLine[] {
  const podName = pod.metadata.name ?? "";
  const all = [...(pod.spec.initContainers ?? []), ...pod.spec.containers];
  const container = all.find((c) => c.name === containerName);
  if (!container) throw badRequest(`container ${containerName} is not valid for pod ${podName}`);
  if (!pod.spec.nodeName) return [];
  const status = [...(pod.status?.initContainerStatuses ?? []), ...(pod.status?.containerStatuses ?? [])].find((s) => s.name === containerName);
  const run = runOf(status, containerName, podName, previous);
  const seconds = (iso: string | undefined): number => (iso ? (Date.parse(iso) - Date.parse(cluster.iso(0))) / 1000 : cluster.now);
  const startedAt = seconds(run.started);
  const endAt = run.terminated ? seconds(run.terminated.finishedAt) : cluster.now;
  const ctx: RunContext = {
    container,
    startedAt,
    endAt,
    ...(run.terminated ? { exit: { code: run.terminated.exitCode, reason: run.terminated.reason } } : {}),
    env: cluster.env(pod.metadata.namespace ?? "default", podName, containerName) ?? container.env?.flatMap((e) => (e.value !== undefined ? [{ name: e.name, value: e.value, source: { kind: "literal" as const } }] : [])) ?? [],
    podIP: pod.status?.podIP ?? "",
    podName,
    served: served.filter((r) => r.pod === podName && r.namespace === (pod.metadata.namespace ?? "default") && r.at >= startedAt && r.at <= endAt
      && (pod.spec.containers.length === 1 || listensOn(container, r.port))),
    dateOf: (s) => new Date(cluster.iso(s)),
  };
  return imageLines(ctx).map((l, i) => ({ l, i })).sort((a, b) => a.l.at - b.l.at || a.i - b.i).map(({ l }) => l);
}
