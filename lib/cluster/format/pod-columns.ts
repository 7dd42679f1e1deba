/** The STATUS, READY and RESTARTS columns of `kubectl get pods`, derived as kubectl's printer does. */
import type { KubeObject } from "../object";
import { isPod, type ContainerStatus } from "../types";
import { formatAge } from "../util/time";

export function podStatus(o: KubeObject): string {
  if (!isPod(o)) return "";
  const status = o.status ?? {};
  let reason = status.reason ?? status.phase ?? "Pending";
  const inits = status.initContainerStatuses ?? [];
  let initializing = false;
  inits.forEach((c, i) => {
    if (initializing) return;
    const t = c.state.terminated;
    if (t && t.exitCode === 0) return;
    if (t) reason = t.reason ? `Init:${t.reason}` : `Init:ExitCode:${t.exitCode}`;
    else if (c.state.waiting?.reason && c.state.waiting.reason !== "PodInitializing") reason = `Init:${c.state.waiting.reason}`;
    else if (c.started) return;
    else reason = `Init:${i}/${o.spec.initContainers?.length ?? inits.length}`;
    initializing = true;
  });
  if (!initializing) {
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

export function podRestarts(o: KubeObject, nowSeconds: number, secondsOf: (iso: string | undefined) => number): string {
  if (!isPod(o)) return "";
  const statuses: ContainerStatus[] = o.status?.containerStatuses ?? [];
  const total = statuses.reduce((s, c) => s + c.restartCount, 0);
  const last = statuses.map((c) => c.lastState.terminated?.finishedAt).filter((t): t is string => typeof t === "string").sort().pop();
  return last && total > 0 ? `${total} (${formatAge(nowSeconds - secondsOf(last))} ago)` : String(total);
}
