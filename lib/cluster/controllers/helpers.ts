/** Shared pieces of the workload controllers: owner references, pods from templates, pod readiness. */
import { createOwnedObject } from "../api";
import { ApiRejection } from "../api-errors";
import type { KubeObject, ObjectMeta, OwnerReference } from "../object";
import type { Runtime } from "../runtime/context";
import { isPod, num, record, type Pod, type PodTemplate } from "../types";
import { conditionStatus } from "../util/conditions";

export function controllerRef(owner: KubeObject): OwnerReference {
  return { apiVersion: owner.apiVersion, kind: owner.kind, name: owner.metadata.name ?? "", uid: owner.metadata.uid ?? "", controller: true, blockOwnerDeletion: true };
}

const sharedRefs = new WeakMap<KubeObject, OwnerReference[]>();

/**
 * `[controllerRef(owner)]`, one frozen list per stored (frozen) owner version, shared by every pod it
 * creates: the store would freeze an equal list per pod anyway.
 */
function controllerRefs(owner: KubeObject): OwnerReference[] {
  if (!Object.isFrozen(owner)) return [controllerRef(owner)];
  let refs = sharedRefs.get(owner);
  if (!refs) {
    refs = [Object.freeze(controllerRef(owner))];
    Object.freeze(refs);
    sharedRefs.set(owner, refs);
  }
  return refs;
}

/** The new pod's labels: the template's own (frozen) object when nothing is added, else a merged copy. */
function podLabels(template: PodTemplate, extra: Record<string, string> | undefined): Record<string, string> {
  const base = template.metadata?.labels;
  if (base && !extra && Object.isFrozen(base)) return base;
  return { ...(base ?? {}), ...(extra ?? {}) };
}

/** Pods (or other kinds) whose controller is `owner`. */
export function owned(rt: Runtime, owner: KubeObject, kind: string): KubeObject[] {
  const out: KubeObject[] = [];
  for (const o of rt.store.resolve(rt.store.dependents(owner.metadata.uid ?? ""))) {
    if (o.kind === kind && o.metadata.ownerReferences?.some((r) => r.uid === owner.metadata.uid && r.controller)) out.push(o);
  }
  return out;
}

export function ownedPods(rt: Runtime, owner: KubeObject): Pod[] {
  return owned(rt, owner, "Pod").filter(isPod);
}

/** Counted as a replica: not being deleted and not finished. */
export function isActive(p: Pod): boolean {
  return !p.metadata.deletionTimestamp && p.status?.phase !== "Succeeded" && p.status?.phase !== "Failed";
}

export function isReady(p: Pod): boolean {
  return conditionStatus(p.status?.conditions, "Ready") === "True";
}

/** Seconds since the pod became Ready, or undefined when it is not ready. */
export function readySince(rt: Runtime, p: Pod): number | undefined {
  const c = p.status?.conditions?.find((x) => x.type === "Ready");
  if (c?.status !== "True") return undefined;
  return rt.secondsOf(c.lastTransitionTime);
}

/** Available: ready for at least minReadySeconds. Also returns when it will become available. */
export function availability(rt: Runtime, p: Pod, minReadySeconds: number): { available: boolean; at?: number } {
  const since = readySince(rt, p);
  if (since === undefined) return { available: false };
  const at = since + minReadySeconds;
  return at <= rt.now ? { available: true } : { available: false, at };
}

function isPodTemplate(value: unknown): value is PodTemplate {
  const spec = record(record(value)?.spec);
  return spec !== undefined && Array.isArray(spec.containers);
}

export function templateOf(spec: Record<string, unknown> | undefined): PodTemplate | undefined {
  const t = spec?.template;
  return isPodTemplate(t) ? t : undefined;
}

export function replicasOf(spec: Record<string, unknown> | undefined, fallback = 1): number {
  return num(spec?.replicas, fallback);
}

export interface PodCreation {
  readonly name?: string;
  readonly generateName?: string;
  readonly labels?: Record<string, string>;
  readonly annotations?: Record<string, string>;
  readonly specPatch?: Record<string, unknown>;
  /** The SuccessfulCreate message, when the controller words it its own way. */
  readonly event?: string;
}

/**
 * The new pod's metadata, built from literals and plain assignments (no spread ahead of new keys,
 * which V8 makes slow), keys in the order the API shows them.
 */
function podMetadata(owner: KubeObject, template: PodTemplate, how: PodCreation): ObjectMeta {
  const namespace = owner.metadata.namespace;
  const labels = podLabels(template, how.labels);
  const meta: ObjectMeta = how.name
    ? { name: how.name, namespace, labels }
    : { generateName: how.generateName ?? `${owner.metadata.name ?? ""}-`, namespace, labels };
  if (template.metadata?.annotations || how.annotations) meta.annotations = { ...(template.metadata?.annotations ?? {}), ...(how.annotations ?? {}) };
  meta.ownerReferences = controllerRefs(owner);
  return meta;
}

/** Creates a pod from an owner's template; on refusal records FailedCreate and returns the message. */
export function createPodFor(rt: Runtime, owner: KubeObject, template: PodTemplate, how: PodCreation, source: string): Pod | string {
  const pod: KubeObject = { apiVersion: "v1", kind: "Pod", metadata: podMetadata(owner, template, how), spec: { ...template.spec, ...(how.specPatch ?? {}) } };
  try {
    const created = createOwnedObject(rt, pod);
    if (!isPod(created)) return "not a pod";
    rt.record(owner, "Normal", "SuccessfulCreate", how.event ?? `Created pod: ${created.metadata.name ?? ""}`, source);
    return created;
  } catch (e) {
    if (!(e instanceof ApiRejection)) throw e;
    rt.record(owner, "Warning", "FailedCreate", `Error creating: ${e.message}`, source);
    return e.message;
  }
}
