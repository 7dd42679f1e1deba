/**
 * The kubelet's node-local memory of one pod's containers (not in etcd, as on a real node) and the
 * state machine that moves them: pulling → (config error | running) → exited → back-off → running…
 * `advance` replays every transition due up to `now` in time order, emitting events as it goes.
 */
import { describeImage, type ImageBehaviour } from "../images/catalogue";
import { imagePullFailure } from "../images/pull-failure";
import type { Container, Pod } from "../types";
import type { EnvResult, ResolvedEnvVar } from "./env";
import { exitPlan } from "./exits";
import { evaluateProbe, failureLimitAt, firstFailure, firstSuccess } from "./probes";

export type RunPhase = "waiting" | "pulling" | "errImagePull" | "imagePullBackOff" | "configError" | "running" | "exited" | "backoff";

export interface Terminated { exitCode: number; reason: string; startedAt: number; finishedAt: number }

export interface ContainerRun {
  readonly container: Container;
  readonly init: boolean;
  readonly sidecar: boolean;
  phase: RunPhase;
  nextAt: number | undefined;
  restartCount: number;
  startedAt: number | undefined;
  everStarted: boolean;
  readyAt: number;
  exit: { at: number; code: number; killed: boolean } | undefined;
  last: Terminated | undefined;
  current: Terminated | undefined;
  message: string;
  backoffSeconds: number;
  env: ResolvedEnvVar[] | undefined;
}

export interface PodRun {
  readonly uid: string;
  readonly node: string;
  readonly sandboxAt: number;
  readonly ip: string;
  readonly runs: ContainerRun[];
  mountProblem: string | undefined;
  stopping: boolean;
}

export interface RunHooks {
  readonly event: (type: "Normal" | "Warning", reason: string, message: string, at: number) => void;
  readonly resolveEnv: (container: Container) => EnvResult;
  readonly hasImage: (image: string) => boolean;
  readonly pulled: (image: string) => void;
  readonly containerLayerLost: (container: string) => void;
}

function newContainerRun(c: Container, init: boolean): ContainerRun {
  return {
    container: c, init, sidecar: init && c.restartPolicy === "Always", phase: "waiting", nextAt: undefined, restartCount: 0,
    startedAt: undefined, everStarted: false, readyAt: Number.POSITIVE_INFINITY, exit: undefined, last: undefined, current: undefined,
    message: "", backoffSeconds: 0, env: undefined,
  };
}

export function newPodRun(pod: Pod, node: string, at: number, ip: string): PodRun {
  return {
    uid: pod.metadata.uid ?? "", node, sandboxAt: at, ip,
    runs: [...(pod.spec.initContainers ?? []).map((c) => newContainerRun(c, true)), ...pod.spec.containers.map((c) => newContainerRun(c, false))],
    mountProblem: undefined,
    stopping: false,
  };
}

/** The runtime's error for an image the node cannot pull. */
export function pullErrorMessage(image: string): string {
  return imagePullFailure(image)?.message ?? `rpc error: code = NotFound desc = failed to pull and unpack image "${image}": not found`;
}

function behaviourOf(c: Container): ImageBehaviour | null {
  return describeImage(c.image ?? "");
}

/** Whether an init container has done its part (exited 0, or a sidecar that has started). */
export function initDone(r: ContainerRun): boolean {
  return r.sidecar ? r.everStarted : r.phase === "exited" && r.current?.exitCode === 0;
}

function startPull(r: ContainerRun, t: number, hooks: RunHooks): void {
  const image = r.container.image ?? "";
  const always = r.container.imagePullPolicy === "Always";
  if (hooks.hasImage(image) && !always) {
    hooks.event("Normal", "Pulled", `Container image "${image}" already present on machine`, t);
    r.phase = "pulling";
    r.nextAt = t;
    return;
  }
  hooks.event("Normal", "Pulling", `Pulling image "${image}"`, t);
  r.phase = "pulling";
  r.message = "pull";
  r.nextAt = t + (always && hooks.hasImage(image) ? 1 : 2);
}

function start(r: ContainerRun, pod: Pod, run: PodRun, t: number, hooks: RunHooks): void {
  const c = r.container;
  const behaviour = behaviourOf(c);
  if (!behaviour) return;
  const env = hooks.resolveEnv(c);
  if (!env.ok) {
    if (r.phase !== "configError" || r.message !== env.message) hooks.event("Warning", "Failed", `Error: ${env.message}`, t);
    r.phase = "configError";
    r.message = env.message;
    r.nextAt = undefined;
    return;
  }
  r.env = env.env;
  r.phase = "running";
  r.startedAt = t;
  r.everStarted = true;
  r.current = undefined;
  r.message = "";
  hooks.event("Normal", "Created", `Created container: ${c.name}`, t);
  hooks.event("Normal", "Started", `Started container ${c.name}`, t);
  const missing = behaviour.requiredEnv.filter((name) => !env.env.some((v) => v.name === name && v.value !== ""));
  const plan = missing.length > 0 ? { code: 1, afterSeconds: 1 } : exitPlan(behaviour, c);
  const answersFrom = t + behaviour.startupSeconds;
  // A process that exits within a second is gone before the kubelet reports it ready: a crash loop
  // never flips the pod Ready (which would restart its Deployment's progress deadline each time).
  r.readyAt = plan && plan.code !== 0 && plan.afterSeconds <= 1 ? Number.POSITIVE_INFINITY : t;
  if (!r.init || r.sidecar) {
    const probe = c.readinessProbe;
    if (probe) {
      const result = evaluateProbe(probe, behaviour, c, run.ip);
      r.readyAt = firstSuccess(probe, t, answersFrom, result.ever);
      const failAt = firstFailure(probe, t, answersFrom, result.ever);
      if (failAt !== undefined && (!plan || failAt < t + plan.afterSeconds)) hooks.event("Warning", "Unhealthy", `Readiness probe failed: ${result.message}`, failAt);
    }
    const startup = c.startupProbe;
    if (startup) {
      const result = evaluateProbe(startup, behaviour, c, run.ip);
      r.readyAt = Math.max(r.readyAt, firstSuccess(startup, t, answersFrom, result.ever));
    }
  }
  r.exit = plan ? { at: t + plan.afterSeconds, code: plan.code, killed: false } : undefined;
  const live = c.livenessProbe;
  if (live && (!r.init || r.sidecar)) {
    const result = evaluateProbe(live, behaviour, c, run.ip);
    const killAt = failureLimitAt(live, t, answersFrom, result.ever);
    if (killAt !== undefined && (!r.exit || killAt < r.exit.at)) {
      r.exit = { at: killAt, code: 137, killed: true };
      r.message = `Liveness probe failed: ${result.message}`;
    }
  }
  r.nextAt = r.exit?.at;
}

function restartDelay(restartCount: number): number {
  return restartCount === 0 ? 0 : Math.min(10 * 2 ** (restartCount - 1), 300);
}

function exited(r: ContainerRun, pod: Pod, run: PodRun, t: number, hooks: RunHooks): void {
  const exit = r.exit;
  if (!exit) return;
  const name = r.container.name;
  if (exit.killed) {
    hooks.event("Warning", "Unhealthy", r.message, t);
    hooks.event("Normal", "Killing", `Container ${name} failed liveness probe, will be restarted`, t);
  }
  r.current = { exitCode: exit.code, reason: exit.code === 0 ? "Completed" : "Error", startedAt: r.startedAt ?? t, finishedAt: t };
  r.phase = "exited";
  r.nextAt = undefined;
  r.exit = undefined;
  r.readyAt = Number.POSITIVE_INFINITY;
  hooks.containerLayerLost(name);
  const policy = r.sidecar ? "Always" : pod.spec.restartPolicy ?? "Always";
  const initPolicy = r.init && !r.sidecar && policy === "Always" ? "OnFailure" : policy;
  const restart = initPolicy === "Always" || (initPolicy === "OnFailure" && (exit.code !== 0 || exit.killed));
  if (!restart) return;
  r.last = r.current;
  const delay = restartDelay(r.restartCount);
  r.backoffSeconds = delay;
  if (delay === 0) {
    r.restartCount += 1;
    start(r, pod, run, t, hooks);
    return;
  }
  r.phase = "backoff";
  r.nextAt = t + delay;
  hooks.event("Warning", "BackOff", `Back-off restarting failed container ${name} in pod ${pod.metadata.name ?? ""}_${pod.metadata.namespace ?? "default"}(${pod.metadata.uid ?? ""})`, t);
}

function transition(r: ContainerRun, pod: Pod, run: PodRun, t: number, hooks: RunHooks): void {
  const image = r.container.image ?? "";
  switch (r.phase) {
    case "pulling": {
      if (!behaviourOf(r.container)) {
        hooks.event("Warning", "Failed", `Failed to pull image "${image}": ${pullErrorMessage(image)}`, t);
        hooks.event("Warning", "Failed", "Error: ErrImagePull", t);
        r.phase = "errImagePull";
        r.nextAt = t + 10;
        return;
      }
      if (r.message === "pull") {
        hooks.event("Normal", "Pulled", `Successfully pulled image "${image}" in 2s (2s including waiting)`, t);
        hooks.pulled(image);
      }
      start(r, pod, run, t, hooks);
      return;
    }
    case "errImagePull":
      hooks.event("Normal", "BackOff", `Back-off pulling image "${image}"`, t);
      hooks.event("Warning", "Failed", "Error: ImagePullBackOff", t);
      r.phase = "imagePullBackOff";
      r.nextAt = undefined;
      return;
    case "running":
      exited(r, pod, run, t, hooks);
      return;
    case "backoff":
      r.restartCount += 1;
      start(r, pod, run, t, hooks);
      return;
    default:
      r.nextAt = undefined;
  }
}

/** Moves the pod's containers through every transition due by `now`. */
export function advance(pod: Pod, run: PodRun, now: number, hooks: RunHooks): void {
  if (run.mountProblem) return;
  for (let guard = 0; guard < 10_000; guard += 1) {
    const inits = run.runs.filter((r) => r.init);
    const pendingInit = inits.find((r) => !initDone(r));
    const gateOpenAt = pendingInit ? undefined : Math.max(run.sandboxAt, ...inits.map((r) => (r.sidecar ? r.startedAt ?? 0 : r.current?.finishedAt ?? 0)));
    for (const r of run.runs) {
      if (r.phase !== "waiting") continue;
      if (r.init ? r === pendingInit && inits.slice(0, inits.indexOf(r)).every(initDone) : gateOpenAt !== undefined) {
        const prev = r.init ? inits[inits.indexOf(r) - 1] : undefined;
        const at = r.init ? (prev ? (prev.sidecar ? prev.startedAt ?? run.sandboxAt : prev.current?.finishedAt ?? run.sandboxAt) : run.sandboxAt) : gateOpenAt ?? now;
        startPull(r, Math.min(at, now), hooks);
      }
    }
    for (const r of run.runs) if (r.phase === "configError") start(r, pod, run, now, hooks);
    let next: ContainerRun | undefined;
    for (const r of run.runs) if (r.nextAt !== undefined && r.nextAt <= now && (!next || r.nextAt < (next.nextAt ?? 0))) next = r;
    if (!next) return;
    transition(next, pod, run, next.nextAt ?? now, hooks);
  }
}

/**
 * The earliest future transition, and whether it is part of a crash loop's steady state (periodic).
 * Only the back-off wait is periodic: a container that crashes is run until it waits in
 * CrashLoopBackOff, as `kubectl get` shows it a few seconds after the apply, never in the second
 * between a restart and the next crash when it looks Running.
 */
export function nextWake(run: PodRun, now: number): { at: number; periodic: boolean } | undefined {
  let best: { at: number; periodic: boolean } | undefined;
  for (const r of run.runs) {
    const candidates: [number | undefined, boolean][] = [
      [r.nextAt, r.phase === "backoff"],
      [r.phase === "running" && r.readyAt > now && Number.isFinite(r.readyAt) ? r.readyAt : undefined, false],
    ];
    for (const [at, periodic] of candidates) {
      if (at === undefined || at < now) continue;
      if (!best || at < best.at || (at === best.at && !periodic)) best = { at, periodic };
    }
  }
  return best;
}
