/**
 * Kubedeck's simulated cluster, the public surface: create a cluster, apply manifests, settle, look
 * at objects, events and problems, and act on it (faults and operations). Pure and deterministic;
 * runs on the server and in the browser.
 *
 *   const cluster = createCluster({ workers: 3, seed: 1 });
 *   const { errors } = cluster.apply([{ file: "web.yaml", text }]);
 *   const { stable, virtualSeconds } = cluster.settle();
 *   cluster.list("Pod", "default"); cluster.events(); cluster.problems(); cluster.diagnose();
 *   cluster.failNode("worker-1"); cluster.settle();
 */
export { createCluster, Cluster, sortObjects, type ApplyResult, type ClusterOptions } from "./cluster";
export type { EtcdSnapshot, FileResult } from "./operations";
export type { SettleOptions, SettleResult, Observer } from "./runtime/engine";
export type { ClusterEvent } from "./runtime/events";
export type { ResolvedEnvVar, EnvSource } from "./kubelet/env";
export type { NodeSpec } from "./nodes";
export { CONTROL_PLANE_TAINT, ZONES, defaultNodes } from "./nodes";
export { formatEvents, formatObjects, COLUMNS } from "./format/tables";
export { podStatus, podReady, podRestarts } from "./format/pod-columns";
export { problemsOf } from "./report";
export { formatProblems } from "./diagnose/diagnose";
export { ALL_RULES as DIAGNOSIS_RULES } from "./diagnose/rules/all";
export type { DiagnosisRule, Problem, RuleMeta, Severity } from "./diagnose/problem";
export { NODE_GRACE_SECONDS } from "./controllers/node-lifecycle";
export type { KubeObject, ObjectMeta, OwnerReference } from "./object";
