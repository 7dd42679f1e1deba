/** The STATUS, READY and RESTARTS columns of `kubectl get pods`, derived as kubectl's printer does. */
import type { KubeObject } from "../object";
import { isPod, type ContainerStatus } from "../types";
import { formatAge } from "../util/time";

/** Whether the init container `name` is a sidecar (`restartPolicy: Always`), which kubectl treats apart. */
function isSidecar(o: KubeObject, name: string): boolean {
  return isPod(o) && (o.spec.initContainers ?? []).some((c) => c.name === name && c.restartPolicy === "Always");
}

/** kubectl's reading of the init containers: `Init:…` while one has not done its part, else undefined. */
function initReason(o: KubeObject): string | undefined {
  if (!isPod(o)) return undefined;
  const inits = o.status?.initContainerStatuses ?? [];
  for (let i = 0; i < inits.length; i += 1) {
    const c = inits[i];
    if (!c) continue;
    const t = c.state.terminated;
    if (t && t.exitCode === 0) continue;
    if (!t && c.started && isSidecar(o, c.name)) continue;
    if (t) return t.reason ? `Init:${t.reason}` : `Init:ExitCode:${t.exitCode}`;
    if (c.state.waiting?.reason && c.state.waiting.reason !== "PodInitializing") return `Init:${c.state.waiting.reason}`;
    return `Init:${i}/${o.spec.initContainers?.length ?? inits.length}`;
  }
  return undefined;
}

export function podStatus(o: KubeObject): string {
  if (!isPod(o)) return "";
  const status = o.status ?? {};
  let reason = status.reason ?? status.phase ?? "Pending";
  const init = initReason(o);
  if (init !== undefined) reason = init;
  else {
    let hasRunning = false;
    for (const c of [...(status.containerStatuses ?? [])].reverse()) {
      if (c.state.waiting?.reason) reason = c.state.waiting.reason;
      else if (c.state.terminated) reason = c.state.terminated.reason || `ExitCode:${c.state.terminated.exitCode}`;
      else if (c.state.running && c.ready) hasRunning = true;
    }
    if (reason === "Completed" && hasRunning) reason = status.conditions?.some((c) => c.type === "Ready" && c.status === "True") ? "Running" : "NotReady";
  }
  if (o.metadata.deletionTimestamp) reason = "Terminating";
  return reason;
}

export function podReady(o: KubeObject): string {
  if (!isPod(o)) return "";
  const statuses = o.status?.containerStatuses ?? [];
  return `${statuses.filter((c) => c.ready).length}/${o.spec.containers.length}`;
}

/**
 * kubectl's RESTARTS: while the pod initialises, init containers' restarts count (a failing init
 * container shows its crash loop); afterwards only sidecars' and app containers' restarts do.
 */
export function podRestarts(o: KubeObject, nowSeconds: number, secondsOf: (iso: string | undefined) => number): string {
  if (!isPod(o)) return "";
  const initializing = initReason(o) !== undefined && !o.status?.conditions?.some((c) => c.type === "Initialized" && c.status === "True");
  const counted: ContainerStatus[] = (o.status?.initContainerStatuses ?? []).filter((c) => initializing || isSidecar(o, c.name));
  counted.push(...(o.status?.containerStatuses ?? []));
  const total = counted.reduce((s, c) => s + c.restartCount, 0);
  const last = counted.map((c) => c.lastState.terminated?.finishedAt).filter((t): t is string => typeof t === "string").sort().pop();
  return last && total > 0 ? `${total} (${formatAge(nowSeconds - secondsOf(last))} ago)` : String(total);
}
