/**
 * The shapes of the cluster's diagnosis: rules (one file each, metadata as data, in the style of
 * kube-linter and Popeye) look at the settled cluster and report findings; the diagnosis places each
 * finding in the learner's files and returns problems.
 */
import type { ApiError } from "../admission";
import type { KubeObject } from "../object";
import type { ClusterEvent } from "../runtime/events";
import type { Pod } from "../types";

/**
 * `error`: the cluster shows it failing (a crash loop, an image that cannot be pulled); `warning`: a
 * likely mistake, backed by evidence (a near-miss label, a port nothing listens on); `info`: a hint
 * that may be fine (a claim waiting for a class that may come later).
 */
export type Severity = "error" | "warning" | "info";

export interface Problem {
  /** The rule's stable id (`service-selects-no-pods`). */
  readonly id: string;
  readonly severity: Severity;
  /** `Kind/name`, with ` -n namespace` outside `default`. */
  readonly object: string;
  /** Field path in the declared object the problem points at (`spec.selector`), or "". */
  readonly path: string;
  /** Where the object (or the workload that made it) is written; null when it came from no file. */
  readonly file: string | null;
  readonly line: number | null;
  /** What is wrong: the objects, the values that disagree and the closest match. */
  readonly message: string;
  /** How to fix it. */
  readonly fix: string;
}

export interface RuleMeta {
  readonly id: string;
  readonly title: string;
  /** The usual severity; a finding may lower it (to `info`) when the evidence is weaker. */
  readonly severity: Severity;
}

export interface Finding {
  /** The object the problem is about (a pod is placed at the workload that declares it). */
  readonly object: KubeObject;
  readonly path: string;
  readonly message: string;
  readonly fix: string;
  readonly severity?: Severity;
  /** Where to point instead of the object's field (a warning from reading the file). */
  readonly at?: { readonly file: string; readonly line: number };
}

/** Pods grouped by the object that declared them (a Deployment, not its ReplicaSet), or a bare pod alone. */
export interface PodGroup {
  readonly owner: KubeObject;
  readonly pods: readonly Pod[];
}

export interface DiagnosisContext {
  /** User objects (what the learner applied and what controllers made of it). */
  readonly objects: readonly KubeObject[];
  list(kind: string, namespace?: string): readonly KubeObject[];
  get(kind: string, namespace: string | undefined, name: string): KubeObject | undefined;
  /** Live pods (not terminating) of a namespace. */
  pods(namespace: string): readonly Pod[];
  /** The declared object a pod (or ReplicaSet, Job) comes from, following owner references. */
  ownerOf(o: KubeObject): KubeObject;
  /** Pods grouped by their declaring object, in a stable order. */
  podGroups(): readonly PodGroup[];
  events(): readonly ClusterEvent[];
  /** Caveats from apply (keys written twice). */
  readonly applyWarnings: readonly ApiError[];
}

export interface DiagnosisRule {
  readonly meta: RuleMeta;
  check(ctx: DiagnosisContext): Finding[];
}

/** `Deployment web` / `Deployment web in namespace team-a`, for messages. */
export function named(o: KubeObject): string {
  const ns = o.metadata.namespace;
  return `${o.kind} ${o.metadata.name ?? ""}${ns && ns !== "default" ? ` in namespace ${ns}` : ""}`;
}

/** "The pods of Deployment web" or "Pod web" for a bare pod (a sentence's subject). */
export function podsOf(group: PodGroup): string {
  return group.owner.kind === "Pod" ? named(group.owner) : `The pod${group.pods.length === 1 ? "" : "s"} of ${named(group.owner)}`;
}

/** The verb for `podsOf`: "stays" for one pod, "stay" for several. */
export function verb(group: PodGroup, one: string, many: string): string {
  return group.pods.length === 1 ? one : many;
}
