/** The pod status the kubelet reports, built from its node-local memory of the pod's containers. */
import type { Condition, ContainerState, ContainerStatus, Pod, PodStatus } from "../types";
import { deepEqual, fnv1a32 } from "../util/hash";
import { Interner } from "../util/intern";
import { initDone, pullErrorMessage, type ContainerRun, type PodRun } from "./pod-run";

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
const runningStates = new Interner<ContainerState>();
const waitingStates = new Interner<ContainerState>();
const NO_STATE: ContainerState = Object.freeze({});

/** Shared conditions by lastTransitionTime, then type: a handful of variants (status, reason) each. */
const conditionsAt = new Map<string, Map<string, Condition[]>>();
const CONDITION_TIMES_LIMIT = 1024;

function sameCondition(a: Condition, b: Condition): boolean {
  return a.type === b.type && a.status === b.status && a.reason === b.reason && a.message === b.message && a.lastTransitionTime === b.lastTransitionTime && a.lastProbeTime === b.lastProbeTime;
}

/** The first condition of `type` in the list (a loop: this runs for every condition of every status). */
function conditionOf(list: readonly Condition[] | undefined, type: string): Condition | undefined {
  if (!list) return undefined;
  for (const c of list) if (c.type === type) return c;
  return undefined;
}

/** `c`, or an equal condition already handed out (the pod's previous one first). */
function condition(c: Condition, previous: readonly Condition[] | undefined): Condition {
  const prev = conditionOf(previous, c.type);
  if (prev && sameCondition(prev, c) && deepEqual(prev, c)) return prev;
  const time = c.lastTransitionTime ?? "";
  let byType = conditionsAt.get(time);
  if (!byType) {
    if (conditionsAt.size >= CONDITION_TIMES_LIMIT) conditionsAt.clear();
    conditionsAt.set(time, (byType = new Map()));
  }
  let variants = byType.get(c.type);
  if (!variants) byType.set(c.type, (variants = []));
  for (const v of variants) if (sameCondition(v, c) && deepEqual(v, c)) return v;
  variants.push(Object.freeze(c));
  return c;
}

function running(startedAt: string): ContainerState {
  return runningStates.intern(startedAt, { running: { startedAt } });
}

function waiting(reason: string): ContainerState {
  return waitingStates.intern(reason, { waiting: { reason } });
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
      return { waiting: { reason: "ErrImagePull", message: pullErrorMessage(r.container.image ?? "") } };
    case "imagePullBackOff":
      return { waiting: { reason: "ImagePullBackOff", message: `Back-off pulling image "${r.container.image ?? ""}"` } };
    default:
      return waiting(creatingReason);
  }
}

/** The condition's lastTransitionTime: kept while its status stays, else now (`t`). */
function since(old: readonly Condition[] | undefined, t: string, type: string, status: string): string {
  const prev = conditionOf(old, type);
  return prev && prev.status === status && prev.lastTransitionTime ? prev.lastTransitionTime : t;
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

/**
 * A condition as the kubelet writes it: lastProbeTime, type, status, reason and message when
 * `base` has them, lastTransitionTime. Built by assignment: V8 copies a spread of a fresh object
 * followed by new keys on a slow path.
 */
function kubeletCondition(type: string, base: Condition, lastTransitionTime: string): Condition {
  const c: Condition = { lastProbeTime: null, type, status: base.status };
  if ("reason" in base) c.reason = base.reason;
  if ("message" in base) c.message = base.message;
  c.lastTransitionTime = lastTransitionTime;
  return c;
}

export function buildPodStatus(pod: Pod, run: PodRun, now: number, iso: (s: number) => string, hostIP: string): PodStatus {
  const inits: ContainerRun[] = [];
  const apps: ContainerRun[] = [];
  for (const r of run.runs) (r.init ? inits : apps).push(r);
  const initialised = inits.every(initDone);
  const policy = pod.spec.restartPolicy ?? "Always";
  const initFailed = inits.some((r) => !r.sidecar && r.phase === "exited" && (r.current?.exitCode ?? 0) !== 0 && policy === "Never");
  const creatingReason = initialised ? "ContainerCreating" : "PodInitializing";
  const appStatuses: ContainerStatus[] = [];
  const unready: string[] = [];
  let everyStarted = true;
  let allExited = true;
  for (const r of apps) {
    const cs = containerStatus(r, pod, now, iso, creatingReason);
    appStatuses.push(cs);
    if (!cs.ready) unready.push(r.container.name);
    if (!r.everStarted) everyStarted = false;
    if (r.phase !== "exited") allExited = false;
  }
  const allStarted = initialised && everyStarted;
  let phase = "Pending";
  if (initFailed) phase = "Failed";
  else if (allStarted && allExited && policy !== "Always") phase = apps.every((r) => r.current?.exitCode === 0) ? "Succeeded" : policy === "Never" ? "Failed" : "Running";
  else if (allStarted) phase = "Running";
  const terminal = phase === "Succeeded" || phase === "Failed";
  const t = iso(now);
  const old = pod.status?.conditions;
  const readyCond: Condition = terminal
    ? { type: "Ready", status: "False", reason: "PodCompleted" }
    : unready.length === 0 ? { type: "Ready", status: "True" } : { type: "Ready", status: "False", reason: "ContainersNotReady", message: `containers with unready status: [${unready.join(" ")}]` };
  const initCond: Condition = initialised ? { type: "Initialized", status: "True" } : { type: "Initialized", status: "False", reason: "ContainersNotInitialized", message: `containers with incomplete status: [${inits.filter((r) => !initDone(r)).map((r) => r.container.name).join(" ")}]` };
  const conditions: Condition[] = [
    condition({ lastProbeTime: null, type: "PodReadyToStartContainers", status: "True", lastTransitionTime: since(old, t, "PodReadyToStartContainers", "True") }, old),
    condition(kubeletCondition("Initialized", initCond, since(old, t, "Initialized", initCond.status)), old),
    condition(kubeletCondition("Ready", readyCond, since(old, t, "Ready", readyCond.status)), old),
    condition(kubeletCondition("ContainersReady", readyCond, since(old, t, "ContainersReady", readyCond.status)), old),
  ];
  const scheduled = conditionOf(old, "PodScheduled");
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
