/**
 * `kubectl drain`'s evictions: each pod is evicted through the Eviction API; one refused with 429 (a
 * disruption budget that allows no disruption now) is tried again every 5 s, as drain does, until it
 * goes or the pod is gone. The retries are this controller's: keys are pod keys, enqueued by the drain
 * operation for the pods it could not evict. A retry that would still be refused is a periodic wake-up
 * (a drain blocked for good does not keep the cluster from settling); once the budget allows it (a
 * replacement became Ready), the next retry is work the clock advances to.
 */
import { evictionVerdict, evictPod } from "../eviction";
import type { KubeObject } from "../object";
import type { Runtime } from "../runtime/context";
import type { Controller, ReconcileResult } from "./controller";

export const DRAIN_RETRY = "drain-retry";
const RETRY_SECONDS = 5;
const SOURCE = "kubectl";

/** A pod drain could not evict, with kubectl's error line; `retrying` when drain keeps trying. */
export interface RefusedEviction {
  readonly namespace: string;
  readonly pod: string;
  readonly message: string;
  readonly retrying: boolean;
}

/** Evicts one pod as drain does, recording what kubectl prints; returns the refusal, if any. */
export function drainPod(rt: Runtime, pod: KubeObject): RefusedEviction | undefined {
  const namespace = pod.metadata.namespace ?? "default";
  const name = pod.metadata.name ?? "";
  const verdict = evictPod(rt, pod);
  if (verdict.allowed) {
    rt.record(pod, "Normal", "Evicted", `Evicting pod ${namespace}/${name}`, SOURCE);
    return undefined;
  }
  const message = `error when evicting pods/"${name}" -n "${namespace}"${verdict.retry ? ` (will retry after ${RETRY_SECONDS}s)` : ""}: ${verdict.message}`;
  rt.record(pod, "Warning", "FailedEviction", message, SOURCE);
  return { namespace, pod: name, message, retrying: verdict.retry };
}

export function createDrainRetry(): Controller {
  /** Per pod key still to evict, the virtual time of its next attempt. */
  const nextAttempt = new Map<string, number>();

  const reconcile = (key: string, rt: Runtime): ReconcileResult | void => {
    const pod = rt.store.get(key);
    if (!pod || pod.metadata.deletionTimestamp) {
      nextAttempt.delete(key);
      return;
    }
    // First sight: the drain operation has just tried it, at this instant.
    let at = nextAttempt.get(key) ?? rt.now + RETRY_SECONDS;
    if (rt.now >= at) {
      const refused = drainPod(rt, pod);
      if (!refused?.retrying) {
        nextAttempt.delete(key);
        return;
      }
      at += RETRY_SECONDS * (Math.floor((rt.now - at) / RETRY_SECONDS) + 1);
    }
    nextAttempt.set(key, at);
    return { wakeAt: at, periodic: !evictionVerdict(rt, pod).allowed };
  };

  return {
    name: DRAIN_RETRY,
    watches: {
      // A budget's status changing may let a waiting eviction through: look again at the pods of its namespace.
      PodDisruptionBudget: (change, enqueue) => {
        const prefix = `Pod/${change.object.metadata.namespace ?? ""}/`;
        for (const key of nextAttempt.keys()) if (key.startsWith(prefix)) enqueue(key);
      },
    },
    reconcile,
    resync: () => [...nextAttempt.keys()],
  };
}
