/**
 * HorizontalPodAutoscaler (autoscaling/v2, CPU utilisation) against a simulated load: the cluster's
 * `setLoad()` says what utilisation (percent of requests) the metrics pipeline reports for a target.
 * desired = ceil(current replicas × utilisation / target), within min/max, ignored within the 10 %
 * tolerance. Without a load set the HPA reports that it cannot get metrics, as with no metrics-server;
 * with one, a target pod whose container requests no CPU leaves utilisation undefined: ScalingActive
 * False (FailedGetResourceMetric) and no scaling, as the replica calculator does.
 * (The 5-minute scale-down stabilisation window is not modelled: it scales down at once.)
 */
import { writeObject, writeStatus } from "../api";
import type { KubeObject } from "../object";
import type { Runtime } from "../runtime/context";
import { keyOf, objectKey } from "../store/keys";
import { conditionsOf, isPod, num, record, type Condition, type Container, type Pod } from "../types";
import { readLabelSelector } from "../network/selectors";
import { setCondition } from "../util/conditions";
import { selectorMatches } from "../util/labels";
import { replicasOf } from "./helpers";
import type { Controller } from "./controller";

const SOURCE = "horizontal-pod-autoscaler";

function targetUtilisation(spec: Record<string, unknown>): number {
  if (typeof spec.targetCPUUtilizationPercentage === "number") return spec.targetCPUUtilizationPercentage;
  const metrics = Array.isArray(spec.metrics) ? spec.metrics : [];
  for (const m of metrics) {
    const resource = record(record(m)?.resource);
    if (resource?.name === "cpu") return num(record(resource.target)?.averageUtilization, 80);
  }
  return 80;
}

/** The target's pods, as the HPA lists them with the scale subresource's selector. */
function targetPods(rt: Runtime, target: KubeObject): Pod[] {
  const raw = record(record(target.spec)?.selector);
  // A ReplicationController's selector is a plain label map; the other kinds' are LabelSelectors.
  const selector = raw && readLabelSelector(target.kind === "ReplicationController" ? { matchLabels: raw } : raw);
  if (!selector) return [];
  return rt.store.list("Pod", target.metadata.namespace ?? "").filter((p): p is Pod => isPod(p) && selectorMatches(selector, p.metadata.labels));
}

/** `calculatePodRequests`' error for the first container (app or sidecar) that requests no CPU; limits count, as they default requests. */
function missingCpuRequest(pods: readonly Pod[]): string | undefined {
  for (const p of pods) {
    const sidecars = (p.spec.initContainers ?? []).filter((c) => c.restartPolicy === "Always");
    const missing = [...p.spec.containers, ...sidecars].find((c: Container) => c.resources?.requests?.cpu === undefined && c.resources?.limits?.cpu === undefined);
    if (missing) return `missing request for cpu in container ${missing.name} of Pod ${p.metadata.name ?? ""}`;
  }
  return undefined;
}

/** ScalingActive False with the metric error, and the two Warning events the controller records for it. */
function metricFailure(rt: Runtime, hpa: KubeObject, conditions: Condition[], error: string, t: string): Condition[] {
  rt.record(hpa, "Warning", "FailedGetResourceMetric", error, SOURCE);
  rt.record(hpa, "Warning", "FailedComputeMetricsReplicas", `invalid metrics (1 invalid out of 1), first error is: ${error}`, SOURCE);
  return setCondition(conditions, { type: "ScalingActive", status: "False", reason: "FailedGetResourceMetric", message: `the HPA was unable to compute the replica count: ${error}` }, t);
}

function reconcile(key: string, rt: Runtime): void {
  const hpa = rt.store.get(key);
  if (!hpa) return;
  const spec = record(hpa.spec) ?? {};
  const ref = record(spec.scaleTargetRef) ?? {};
  const ns = hpa.metadata.namespace ?? "default";
  const kind = typeof ref.kind === "string" ? ref.kind : "";
  const name = typeof ref.name === "string" ? ref.name : "";
  const target: KubeObject | undefined = rt.store.get(keyOf(kind, ns, name));
  const t = rt.iso();
  const prev = record(hpa.status) ?? {};
  const prevConditions = Array.isArray(prev.conditions) ? prev.conditions.filter((c): c is Condition => record(c) !== undefined) : [];
  if (!target) {
    const conditions = setCondition(prevConditions, { type: "AbleToScale", status: "False", reason: "FailedGetScale", message: `the HPA controller was unable to get the target's current scale: ${kind.toLowerCase()}s.apps "${name}" not found` }, t);
    writeStatus(rt, hpa, { ...prev, conditions, currentReplicas: 0, desiredReplicas: 0 });
    return;
  }
  const current = replicasOf(record(target.spec));
  const min = num(spec.minReplicas, 1);
  const max = num(spec.maxReplicas, current);
  const goal = targetUtilisation(spec);
  const load = rt.load.get(`${ns}/${kind}/${name}`);
  let conditions = setCondition(prevConditions, { type: "AbleToScale", status: "True", reason: "SucceededGetScale", message: "the HPA controller was able to get the target's current scale" }, t);
  let desired = current;
  // metrics-server reports usage whether or not there is load, so a pod without a CPU request fails at once.
  const missingRequest = missingCpuRequest(targetPods(rt, target));
  if (missingRequest) {
    conditions = metricFailure(rt, hpa, conditions, `failed to get cpu utilization: ${missingRequest}`, t);
  } else if (load === undefined) {
    conditions = setCondition(conditions, { type: "ScalingActive", status: "False", reason: "FailedGetResourceMetric", message: "the HPA was unable to compute the replica count: failed to get cpu utilization: unable to get metrics for resource cpu: no metrics returned from resource metrics API" }, t);
    rt.record(hpa, "Warning", "FailedGetResourceMetric", "failed to get cpu utilization: unable to get metrics for resource cpu: no metrics returned from resource metrics API", SOURCE);
  } else {
    conditions = setCondition(conditions, { type: "ScalingActive", status: "True", reason: "ValidMetricFound", message: "the HPA was able to successfully calculate a replica count from cpu resource utilization (percentage of request)" }, t);
    const ratio = load / goal;
    if (Math.abs(ratio - 1) > 0.1) desired = Math.ceil(current * ratio);
  }
  const clamped = Math.min(max, Math.max(min, desired));
  conditions = setCondition(conditions, clamped !== desired
    ? { type: "ScalingLimited", status: "True", reason: clamped === max ? "TooManyReplicas" : "TooFewReplicas", message: `the desired replica count is ${clamped === max ? "more" : "less"} than the ${clamped === max ? "maximum" : "minimum"} replica count` }
    : { type: "ScalingLimited", status: "False", reason: "DesiredWithinRange", message: "the desired count is within the acceptable range" }, t);
  let lastScaleTime = prev.lastScaleTime;
  if (clamped !== current) {
    writeObject(rt, target, { ...target, spec: { ...record(target.spec), replicas: clamped } });
    const reason = clamped > current ? "above" : "below";
    rt.record(hpa, "Normal", "SuccessfulRescale", `New size: ${clamped}; reason: cpu resource utilization (percentage of request) ${reason} target`, SOURCE);
    lastScaleTime = t;
  }
  writeStatus(rt, hpa, {
    ...(lastScaleTime ? { lastScaleTime } : {}),
    currentReplicas: current,
    desiredReplicas: clamped,
    ...(load !== undefined && !missingRequest ? { currentMetrics: [{ type: "Resource", resource: { name: "cpu", current: { averageUtilization: load } } }] } : {}),
    conditions,
  });
}

/** Whether the HPA is stuck on a pod without a CPU request (it looks again when target pods come and go). */
function missesRequest(hpa: KubeObject): boolean {
  const scaling = conditionsOf(hpa.status).find((c) => c.type === "ScalingActive");
  return scaling?.reason === "FailedGetResourceMetric" && (scaling.message ?? "").includes("missing request for cpu");
}

export const hpaController: Controller = {
  name: "hpa",
  watches: {
    HorizontalPodAutoscaler: (c, enqueue) => enqueue(c.key),
    Deployment: (c, enqueue, rt) => {
      for (const h of rt.store.list("HorizontalPodAutoscaler", c.object.metadata.namespace ?? "")) {
        if (record(record(h.spec)?.scaleTargetRef)?.name === c.object.metadata.name) enqueue(objectKey(h));
      }
    },
    // The real controller resyncs every 15 s; here a pod added or removed (a rollout finishing) is what can clear the error.
    Pod: (c, enqueue, rt) => {
      const keys = rt.store.keys("HorizontalPodAutoscaler", c.object.metadata.namespace ?? "");
      if (c.type === "MODIFIED" || keys.size === 0) return;
      for (const h of rt.store.resolve(keys)) if (missesRequest(h)) enqueue(objectKey(h));
    },
  },
  reconcile: (key, rt) => reconcile(key, rt),
  resync: (rt) => rt.store.keys("HorizontalPodAutoscaler"),
};
