/**
 * Disruption controller (kube-controller-manager's): keeps each PodDisruptionBudget's status —
 * expectedPods, currentHealthy, desiredHealthy, disruptionsAllowed and the DisruptionAllowed condition.
 * An integer minAvailable counts the selected pods; a percentage, or maxUnavailable in either form, is
 * resolved against the scale of the pods' controllers (Deployment, ReplicaSet, StatefulSet,
 * ReplicationController), rounding up. Healthy means Ready, not being deleted and not just evicted
 * (`status.disruptedPods`, which the eviction API fills and this controller clears).
 */
import { writeStatus } from "../api";
import type { KubeObject } from "../object";
import type { Runtime } from "../runtime/context";
import type { StoreChange } from "../store/store";
import { isRecord } from "../network/fields";
import { readLabelSelector } from "../network/selectors";
import { isPod, num, record, type Pod } from "../types";
import { selectorMatches, type LabelSelector } from "../util/labels";
import { self, type Controller, type Enqueue, type ReconcileResult } from "./controller";
import { isReady } from "./helpers";

const SOURCE = "controllermanager";
/** How long an evicted pod may take to be marked for deletion before the budget counts it again. */
const DELETION_TIMEOUT_SECONDS = 120;

interface DisruptionStatus {
  readonly observedGeneration: number;
  readonly disruptedPods?: Readonly<Record<string, string>>;
  readonly disruptionsAllowed: number;
  readonly currentHealthy: number;
  readonly desiredHealthy: number;
  readonly expectedPods: number;
  readonly conditions: readonly Record<string, unknown>[];
}

/** A label selector field: undefined when absent (or not an object). */
export function labelSelectorOf(value: unknown): LabelSelector | undefined {
  return isRecord(value) ? readLabelSelector(value) : undefined;
}

/** Per stored (frozen) budget spec, its selector: a pod change reads it for every budget in the namespace. */
const selectors = new WeakMap<object, LabelSelector | undefined>();

function selectorOf(pdb: KubeObject): LabelSelector | undefined {
  const spec = record(pdb.spec);
  if (!spec || !Object.isFrozen(spec)) return labelSelectorOf(spec?.selector);
  if (!selectors.has(spec)) selectors.set(spec, labelSelectorOf(spec.selector));
  return selectors.get(spec);
}

/** The pods a budget selects (policy/v1: an empty selector selects every pod in the namespace, none without one). */
function budgetPods(rt: Runtime, pdb: KubeObject): Pod[] {
  const selector = selectorOf(pdb);
  if (!selector) return [];
  const out: Pod[] = [];
  for (const p of rt.store.list("Pod", pdb.metadata.namespace ?? "")) if (isPod(p) && selectorMatches(selector, p.metadata.labels)) out.push(p);
  return out;
}

/** The budgets in the pod's namespace that select it. */
export function budgetsFor(rt: Runtime, pod: KubeObject): KubeObject[] {
  const keys = rt.store.keys("PodDisruptionBudget", pod.metadata.namespace ?? "");
  if (keys.size === 0) return [];
  return rt.store.resolve(keys).filter((pdb) => selectorMatches(selectorOf(pdb), pod.metadata.labels));
}

/** An int-or-percent against a total, as `intstr.GetScaledValueFromIntOrPercent(…, roundUp=true)`. */
function scaled(value: unknown, total: number): number {
  if (typeof value === "number") return value;
  const m = typeof value === "string" ? /^(\d+)%$/.exec(value) : null;
  return m ? Math.ceil((Number(m[1]) * total) / 100) : 0;
}

/** The scale of the pod's controller, with a uid to count each controller once; undefined when none is known. */
function controllerScale(rt: Runtime, pod: Pod): { readonly uid: string; readonly scale: number } | undefined {
  const ref = pod.metadata.ownerReferences?.find((r) => r.controller);
  const owner = ref ? rt.store.getByUid(ref.uid) : undefined;
  if (!owner) return undefined;
  if (owner.kind === "ReplicaSet") {
    const deploymentRef = owner.metadata.ownerReferences?.find((r) => r.controller && r.kind === "Deployment");
    const deployment = deploymentRef ? rt.store.getByUid(deploymentRef.uid) : undefined;
    if (deployment) return { uid: deploymentRef?.uid ?? "", scale: num(record(deployment.spec)?.replicas, 1) };
  }
  if (["ReplicaSet", "StatefulSet", "ReplicationController"].includes(owner.kind)) return { uid: ref?.uid ?? "", scale: num(record(owner.spec)?.replicas, 1) };
  return undefined;
}

interface Expectation {
  readonly expectedPods: number;
  readonly desiredHealthy: number;
  readonly unmanaged: readonly string[];
}

/** Sum of the scales of the controllers of the selected pods; pods without a controller are listed apart. */
function expectedScale(rt: Runtime, pods: readonly Pod[]): { readonly count: number; readonly unmanaged: string[] } | { readonly error: string } {
  const scales = new Map<string, number>();
  const unmanaged: string[] = [];
  for (const p of pods) {
    if (!p.metadata.ownerReferences?.some((r) => r.controller)) {
      unmanaged.push(p.metadata.name ?? "");
      continue;
    }
    const found = controllerScale(rt, p);
    if (!found) return { error: `found no controllers for pod "${p.metadata.name ?? ""}"` };
    scales.set(found.uid, found.scale);
  }
  let count = 0;
  for (const s of scales.values()) count += s;
  return { count, unmanaged };
}

function expectation(rt: Runtime, spec: Record<string, unknown>, pods: readonly Pod[]): Expectation | { readonly error: string } {
  if (spec.maxUnavailable !== undefined && spec.maxUnavailable !== null) {
    const scale = expectedScale(rt, pods);
    if ("error" in scale) return scale;
    return { expectedPods: scale.count, desiredHealthy: Math.max(0, scale.count - scaled(spec.maxUnavailable, scale.count)), unmanaged: scale.unmanaged };
  }
  if (typeof spec.minAvailable === "number") return { expectedPods: pods.length, desiredHealthy: spec.minAvailable, unmanaged: [] };
  if (typeof spec.minAvailable === "string") {
    const scale = expectedScale(rt, pods);
    if ("error" in scale) return scale;
    return { expectedPods: scale.count, desiredHealthy: scaled(spec.minAvailable, scale.count), unmanaged: scale.unmanaged };
  }
  return { expectedPods: 0, desiredHealthy: 0, unmanaged: [] };
}

/** The DisruptionAllowed condition (a metav1.Condition), keeping lastTransitionTime while the status holds. */
export function disruptionCondition(previous: unknown, next: { readonly status: "True" | "False"; readonly reason: string; readonly message?: string }, observedGeneration: number, now: string): Record<string, unknown>[] {
  const list = Array.isArray(previous) ? previous.map(record).filter((c): c is Record<string, unknown> => c !== undefined) : [];
  const old = list.find((c) => c.type === "DisruptionAllowed");
  const condition = {
    type: "DisruptionAllowed",
    status: next.status,
    observedGeneration,
    lastTransitionTime: old?.status === next.status && typeof old.lastTransitionTime === "string" ? old.lastTransitionTime : now,
    reason: next.reason,
    message: next.message ?? "",
  };
  return old ? list.map((c) => (c === old ? condition : c)) : [...list, condition];
}

export const allowedCondition = (allowed: number): { readonly status: "True" | "False"; readonly reason: string } =>
  allowed > 0 ? { status: "True", reason: "SufficientPods" } : { status: "False", reason: "InsufficientPods" };

/** Evictions still waiting for their pod to be marked for deletion, and when the earliest one expires. */
function disruptedPods(rt: Runtime, pdb: KubeObject, pods: readonly Pod[]): { readonly pods: Record<string, string>; readonly recheckAt?: number } {
  const recorded = record(record(pdb.status)?.disruptedPods) ?? {};
  const out: Record<string, string> = {};
  let recheckAt: number | undefined;
  for (const p of pods) {
    const name = p.metadata.name ?? "";
    const at = recorded[name];
    if (p.metadata.deletionTimestamp || typeof at !== "string") continue;
    const expires = rt.secondsOf(at) + DELETION_TIMEOUT_SECONDS;
    if (expires < rt.now) {
      rt.record(p, "Warning", "NotDeleted", `Pod was expected by PDB ${pdb.metadata.namespace ?? ""}/${pdb.metadata.name ?? ""} to be deleted but it wasn't`, SOURCE);
      continue;
    }
    out[name] = at;
    recheckAt = recheckAt === undefined ? expires : Math.min(recheckAt, expires);
  }
  return recheckAt === undefined ? { pods: out } : { pods: out, recheckAt };
}

/** A label selector as Go's `%v` prints it in the controller's messages. */
function goSelector(selector: LabelSelector | undefined): string {
  if (!selector) return "nil";
  const labels = Object.keys(selector.matchLabels ?? {}).sort().map((k) => `${k}: ${selector.matchLabels?.[k] ?? ""},`).join("");
  const expressions = (selector.matchExpressions ?? []).map((e) => `LabelSelectorRequirement{Key:${e.key},Operator:${e.operator},Values:[${(e.values ?? []).join(" ")}],},`).join("");
  return `&LabelSelector{MatchLabels:map[string]string{${labels}},MatchExpressions:[]LabelSelectorRequirement{${expressions}},}`;
}

function reconcile(key: string, rt: Runtime): ReconcileResult | void {
  const pdb = rt.store.get(key);
  if (!pdb || pdb.metadata.deletionTimestamp) return;
  const spec = record(pdb.spec) ?? {};
  const generation = pdb.metadata.generation ?? 1;
  const prev = record(pdb.status) ?? {};
  const pods = budgetPods(rt, pdb);
  if (pods.length === 0) rt.record(pdb, "Normal", "NoPods", "No matching pods found", SOURCE);
  const expected = expectation(rt, spec, pods);
  if ("error" in expected) {
    rt.record(pdb, "Warning", "CalculateExpectedPodCountFailed", `Failed to calculate the number of expected pods: ${expected.error}`, SOURCE);
    writeStatus(rt, pdb, {
      observedGeneration: num(prev.observedGeneration, 0),
      disruptionsAllowed: 0,
      currentHealthy: num(prev.currentHealthy, 0),
      desiredHealthy: num(prev.desiredHealthy, 0),
      expectedPods: num(prev.expectedPods, 0),
      conditions: disruptionCondition(prev.conditions, { status: "False", reason: "SyncFailed", message: expected.error }, num(prev.observedGeneration, 0), rt.iso()),
    });
    return;
  }
  if (expected.unmanaged.length > 0) {
    rt.record(pdb, "Warning", "UnmanagedPods", `Pods selected by this PodDisruptionBudget (selector: ${goSelector(selectorOf(pdb))}) were found to be unmanaged. As a result, the status of the PDB cannot be calculated correctly, which may result in undefined behavior. To account for these pods please set ".spec.minAvailable" field of the PDB to an integer value.`, SOURCE);
  }
  const disrupted = disruptedPods(rt, pdb, pods);
  const currentHealthy = pods.filter((p) => !p.metadata.deletionTimestamp && disrupted.pods[p.metadata.name ?? ""] === undefined && isReady(p)).length;
  const allowed = expected.expectedPods > 0 ? Math.max(0, currentHealthy - expected.desiredHealthy) : 0;
  const status: DisruptionStatus = {
    observedGeneration: generation,
    ...(Object.keys(disrupted.pods).length > 0 ? { disruptedPods: disrupted.pods } : {}),
    disruptionsAllowed: allowed,
    currentHealthy,
    desiredHealthy: expected.desiredHealthy,
    expectedPods: expected.expectedPods,
    conditions: disruptionCondition(prev.conditions, allowedCondition(allowed), generation, rt.iso()),
  };
  writeStatus(rt, pdb, status);
  return disrupted.recheckAt === undefined ? undefined : { wakeAt: disrupted.recheckAt };
}

/** A pod change concerns the budgets in its namespace that select it, before or after the change. */
function selectingBudgets(change: StoreChange, enqueue: Enqueue, rt: Runtime): void {
  const keys = rt.store.keys("PodDisruptionBudget", change.object.metadata.namespace ?? "");
  if (keys.size === 0) return;
  for (const pdb of rt.store.resolve(keys)) {
    const selector = selectorOf(pdb);
    if (selectorMatches(selector, change.object.metadata.labels) || (change.old && selectorMatches(selector, change.old.metadata.labels))) enqueue(`PodDisruptionBudget/${pdb.metadata.namespace ?? ""}/${pdb.metadata.name ?? ""}`);
  }
}

export const disruptionController: Controller = {
  name: "disruption",
  watches: { PodDisruptionBudget: self, Pod: selectingBudgets },
  reconcile: (key, rt) => reconcile(key, rt),
  resync: (rt) => rt.store.keys("PodDisruptionBudget"),
};
