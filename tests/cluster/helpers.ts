/** Test helpers: a cluster from YAML text, and the kubectl-style rendering the goldens compare. */
import { expect } from "vitest";
import { createCluster, type Cluster, type ClusterOptions } from "@/lib/cluster/cluster";
import { formatEvents, formatObjects } from "@/lib/cluster/format/tables";
import type { KubeObject } from "@/lib/cluster/object";

export function clusterWith(yaml: string, options: ClusterOptions = {}): Cluster {
  const cluster = createCluster(options);
  const { errors } = cluster.apply([{ file: "input.yaml", text: yaml }]);
  expect(errors).toEqual([]);
  cluster.settle();
  return cluster;
}

/** A Deployment `name` of `replicas` pods labelled `app: name`; `podSpec` is the pod spec's YAML, unindented. */
export function deploymentYaml(name: string, replicas: number, podSpec = `containers: [{name: ${name}, image: nginx}]`): string {
  return `apiVersion: apps/v1
kind: Deployment
metadata: {name: ${name}}
spec:
  replicas: ${replicas}
  selector: {matchLabels: {app: ${name}}}
  template:
    metadata: {labels: {app: ${name}}}
    spec:
${podSpec.replace(/^/gm, "      ")}
`;
}

export function clockOf(cluster: Cluster) {
  const start = Date.parse(cluster.iso(0));
  return { now: cluster.now, secondsOf: (iso: string | undefined) => (iso ? (Date.parse(iso) - start) / 1000 : cluster.now) };
}

/** What `kubectl get` and `kubectl get events` would print for the objects the test created. */
export function render(cluster: Cluster): string {
  const clock = clockOf(cluster);
  return `${formatObjects(cluster.userObjects(), clock)}\n\n${formatEvents(cluster.events(), clock)}\n`;
}

export function pods(cluster: Cluster, namespace = "default"): KubeObject[] {
  return cluster.list("Pod", namespace);
}

export function field(o: KubeObject | undefined, path: string): unknown {
  let v: unknown = o;
  for (const part of path.split(".")) {
    if (typeof v !== "object" || v === null) return undefined;
    v = Array.isArray(v) ? v[Number(part)] : (v as Record<string, unknown>)[part];
  }
  return v;
}

export function podSummary(cluster: Cluster, namespace = "default"): string[] {
  return pods(cluster, namespace).map((p) => `${p.metadata.name ?? ""} ${String(field(p, "status.phase"))} ${String(field(p, "spec.nodeName") ?? "-")}`);
}
