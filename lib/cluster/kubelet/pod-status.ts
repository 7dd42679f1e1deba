/** The pod status the kubelet reports, built from its node-local memory of the pod's containers. */
import type { Condition, ContainerState, ContainerStatus, Pod, PodStatus } from "../types";
import { deepEqual, fnv1a32 } from "../util/hash";
import { Interner } from "../util/intern";
import { initDone, type ContainerRun, type PodRun } from "./pod-run";

const imageIds = new Map<string, string>();
const ID_CACHE_LIMIT = 4096;

function imageId(image: string): string {
  let id = imageIds.get(image);
  if (id === undefined) {
    const repo = image.includes("/") ? image.split(":")[0] ?? image : `docker.io/library/${image.split(":")[0] ?? image}`;
    const h = fnv1a32(image).toString(16).padStart(8, "0");
    id = `${repo}@sha256:${h.repeat(8)}`;
    if (imageIds.size >= ID_CACHE_LIMIT) imageIds.clear();
    imageIds.set(image, id);
  }
  return id;
}

/** `[{ ip }]`, one frozen list per address: every pod on a node reports the same hostIPs. */
const ipLists = new Map<string, readonly { ip: string }[]>();

function ipList(ip: string): { ip: string }[] {
  let list = ipLists.get(ip);
  if (!list) {
    if (ipLists.size >= ID_CACHE_LIMIT) ipLists.clear();
    list = Object.freeze([Object.freeze({ ip })]);
    ipLists.set(ip, list);
  }
  return list as { ip: string }[];
}

/** Pods synced in the same second share their conditions and container states (all frozen). */
const sharedConditions = new Interner<Condition>();
const sharedStates = new Interner<ContainerState>();
const NO_STATE: ContainerState = Object.freeze({});

function condition(c: Condition): Condition {
  return sharedConditions.intern(`${c.type}\u0000${c.status}\u0000${c.reason ?? "\u0001"}\u0000${c.message ?? "\u0001"}\u0000${c.lastTransitionTime ?? "\u0001"}\u0000${c.lastProbeTime === null ? "null" : "\u0001"}`, c);
}

function running(startedAt: string): ContainerState {
  return sharedStates.intern(`running\u0000${startedAt}`, { running: { startedAt } });
}

function waiting(reason: string): ContainerState {
  return sharedStates.intern(`waiting\u0000${reason}`, { waiting: { reason } });
}

function terminated(r: ContainerRun, t: NonNullable<ContainerRun["current"]>, pod: Pod, iso: (s: number) => string): ContainerState {
  return { terminated: { exitCode: t.exitCode, reason: t.reason, startedAt: iso(t.startedAt), finishedAt: iso(t.finishedAt), containerID: `containerd://${fnv1a32(`${pod.metadata.uid ?? ""}/${r.container.name}/${r.restartCount}`).toString(16)}` } };
}

function stateOf(r: ContainerRun, pod: Pod, iso: (s: number) => string, creatingReason: string): ContainerState {
  switch (r.phase) {
    case "running":
      return running(iso(r.startedAt ?? 0));
    case "exited":
      return r.current ? terminated(r, r.current, pod, iso) : waiting(creatingReason);
    case "backoff":
      return { waiting: { reason: "CrashLoopBackOff", message: `back-off ${r.backoffSeconds}s restarting failed container=${r.container.name} pod=${pod.metadata.name ?? ""}_${pod.metadata.namespace ?? "default"}(${pod.metadata.uid ?? ""})` } };
    case "configError":
      return { waiting: { reason: "CreateContainerConfigError", message: r.message } };
    case "errImagePull":
      return { waiting: { reason: "ErrImagePull", message: `rpc error: code = NotFound desc = failed to pull and unpack image "${r.container.image ?? ""}": not found` } };
    case "imagePullBackOff":
      return { waiting: { reason: "ImagePullBackOff", message: `Back-off pulling image "${r.container.image ?? ""}"` } };
    default:
      return waiting(creatingReason);
  }
}

function containerStatus(r: ContainerRun, pod: Pod, now: number, iso: (s: number) => string, creatingReason: string): ContainerStatus {
  const image = r.container.image ?? "";
  const lastState: ContainerState = r.last && r.phase !== "exited" ? { terminated: { exitCode: r.last.exitCode, reason: r.last.reason, startedAt: iso(r.last.startedAt), finishedAt: iso(r.last.finishedAt) } } : NO_STATE;
  const status: ContainerStatus = {
    name: r.container.name,
    image,
    imageID: r.everStarted ? imageId(image) : "",
    ready: r.phase === "running" && now >= r.readyAt,
    started: r.phase === "running",
    restartCount: r.restartCount,
    state: stateOf(r, pod, iso, creatingReason),
    lastState,
  };
  if (r.everStarted) status.containerID = `containerd://${fnv1a32(`${pod.metadata.uid ?? ""}/${r.container.name}/${r.restartCount}`).toString(16).padStart(8, "0")}`;
  return status;
}

/** The previous (frozen) value when equal: unchanged parts of a status are shared, not rebuilt. */
function reuse<T>(old: T | undefined, next: T): T {
  return old !== undefined && deepEqual(old, next) ? old : next;
}

/** `reuse` for lists, element by element: the old list when all are equal, else the unchanged elements kept. */
function reuseList<T>(old: readonly T[] | undefined, next: T[]): T[] {
  if (!old) return next;
  let same = old.length === next.length;
  for (let i = 0; i < next.length; i += 1) {
    const o = old[i];
    if (o !== undefined && deepEqual(o, next[i])) next[i] = o;
    else same = false;
  }
  return same ? (old as T[]) : next;
}

export function buildPodStatus(pod: Pod, run: PodRun, now: number, iso: (s: number) => string, hostIP: string): PodStatus {
  const inits = run.runs.filter((r) => r.init);
  const apps = run.runs.filter((r) => !r.init);
  const initialised = inits.every(initDone);
  const policy = pod.spec.restartPolicy ?? "Always";
  const initFailed = inits.some((r) => !r.sidecar && r.phase === "exited" && (r.current?.exitCode ?? 0) !== 0 && policy === "Never");
  const appStatuses = apps.map((r) => containerStatus(r, pod, now, iso, initialised ? "ContainerCreating" : "PodInitializing"));
  const allStarted = initialised && apps.every((r) => r.everStarted);
  const allExited = apps.every((r) => r.phase === "exited");
  let phase = "Pending";
  if (initFailed) phase = "Failed";
  else if (allStarted && allExited && policy !== "Always") phase = apps.every((r) => r.current?.exitCode === 0) ? "Succeeded" : policy === "Never" ? "Failed" : "Running";
  else if (allStarted) phase = "Running";
  const terminal = phase === "Succeeded" || phase === "Failed";
  const unready = apps.filter((r, i) => !appStatuses[i]?.ready).map((r) => r.container.name);
  const t = iso(now);
  const old = pod.status?.conditions;
  const since = (type: string, status: string): string => {
    const prev = old?.find((c) => c.type === type);
    return prev && prev.status === status && prev.lastTransitionTime ? prev.lastTransitionTime : t;
  };
  const readyCond: Condition = terminal
    ? { type: "Ready", status: "False", reason: "PodCompleted" }
    : unready.length === 0 ? { type: "Ready", status: "True" } : { type: "Ready", status: "False", reason: "ContainersNotReady", message: `containers with unready status: [${unready.join(" ")}]` };
  const initCond: Condition = initialised ? { type: "Initialized", status: "True" } : { type: "Initialized", status: "False", reason: "ContainersNotInitialized", message: `containers with incomplete status: [${inits.filter((r) => !initDone(r)).map((r) => r.container.name).join(" ")}]` };
  const conditions: Condition[] = [
    condition({ lastProbeTime: null, type: "PodReadyToStartContainers", status: "True", lastTransitionTime: since("PodReadyToStartContainers", "True") }),
    condition({ lastProbeTime: null, ...initCond, lastTransitionTime: since("Initialized", initCond.status) }),
    condition({ lastProbeTime: null, ...readyCond, lastTransitionTime: since("Ready", readyCond.status) }),
    condition({ lastProbeTime: null, ...readyCond, type: "ContainersReady", lastTransitionTime: since("ContainersReady", readyCond.status) }),
  ];
  const scheduled = old?.find((c) => c.type === "PodScheduled");
  if (scheduled) conditions.push(scheduled);
  const prev = pod.status;
  const status: PodStatus = {
    ...prev,
    phase,
    conditions: reuseList(prev?.conditions, conditions),
    hostIP,
    hostIPs: reuse(prev?.hostIPs, ipList(hostIP)),
    podIP: run.ip,
    podIPs: reuse(prev?.podIPs, [{ ip: run.ip }]),
    startTime: iso(run.sandboxAt),
    containerStatuses: reuseList(prev?.containerStatuses, appStatuses),
  };
  if (inits.length > 0) status.initContainerStatuses = reuseList(prev?.initContainerStatuses, inits.map((r) => containerStatus(r, pod, now, iso, "PodInitializing")));
  return status;
}
