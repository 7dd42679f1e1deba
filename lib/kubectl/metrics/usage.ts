/**
 * Simulated metrics-server readings: what each running container uses, from its image's behaviour
 * (an idle nginx uses about 1m CPU and a few MiB; postgres tens of MiB), the load set on its
 * workload for an HPA (a percentage of its CPU request), its limits (usage stays under them), and a
 * small deterministic spread per pod. Nodes add their system daemons to their pods' sum.
 */
import type { Cluster } from "../../cluster";
import { describeImage } from "../../cluster/images/catalogue";
import type { Container, Node, Pod } from "../../cluster/types";
import { fnv1a32 } from "../../cluster/util/hash";
import { containerLimit, containerRequest } from "../../cluster/util/pod-resources";

export interface Usage {
  readonly cpuMillis: number;
  readonly memoryBytes: number;
}

const MI = 2 ** 20;

/** Idle usage by image repository: [CPU millicores, memory MiB]. */
const IDLE: Readonly<Record<string, readonly [number, number]>> = {
  nginx: [1, 3],
  redis: [2, 4],
  postgres: [3, 26],
  "kubedeck/web": [1, 12],
  "kubedeck/api": [2, 24],
  "kubedeck/log-agent": [3, 18],
  busybox: [0, 0.4],
  alpine: [0, 0.5],
  perl: [250, 12],
  "*": [1, 8],
};

/** System daemons (kubelet, containerd; on the control plane also the API server, etcd, scheduler, controllers). */
const SYSTEM: Readonly<Record<"control-plane" | "worker", readonly [number, number]>> = { "control-plane": [160, 1050], worker: [40, 420] };

/** A spread of ±25% that stays the same for the same pod and container. */
const spread = (key: string): number => 0.75 + (fnv1a32(key) % 51) / 100;

/** The scale target whose load (`Cluster.setLoad`) a pod reports: its Deployment through its ReplicaSet, or its direct owner. */
function loadOf(cluster: Cluster, pod: Pod): number | undefined {
  const ns = pod.metadata.namespace ?? "default";
  const owner = pod.metadata.ownerReferences?.find((r) => r.controller) ?? pod.metadata.ownerReferences?.[0];
  if (!owner) return undefined;
  if (owner.kind === "ReplicaSet") {
    const rs = cluster.get("ReplicaSet", ns, owner.name);
    const deployment = rs?.metadata.ownerReferences?.find((r) => r.kind === "Deployment");
    if (deployment) return cluster.loadOf(ns, "Deployment", deployment.name) ?? cluster.loadOf(ns, "ReplicaSet", owner.name);
  }
  return cluster.loadOf(ns, owner.kind, owner.name);
}

function containerUsage(pod: Pod, c: Container, load: number | undefined): Usage {
  const behaviour = describeImage(c.image ?? "");
  const [cpu, memory] = IDLE[behaviour?.repository ?? "*"] ?? IDLE["*"] ?? [1, 8];
  const k = spread(`${pod.metadata.uid ?? pod.metadata.name ?? ""}/${c.name}`);
  const request = containerRequest(c, "cpu");
  let cpuMillis = load !== undefined && request > 0 ? Math.round((request * load) / 100) : Math.round(cpu * k);
  let memoryBytes = Math.round(memory * MI * k * (load !== undefined ? 1 + Math.min(load, 300) / 200 : 1));
  const cpuLimit = containerLimit(c, "cpu");
  const memoryLimit = containerLimit(c, "memory");
  if (cpuLimit !== undefined) cpuMillis = Math.min(cpuMillis, cpuLimit);
  if (memoryLimit !== undefined) memoryBytes = Math.min(memoryBytes, Math.floor(memoryLimit * 0.9));
  return { cpuMillis, memoryBytes };
}

/** Usage per running container (metrics-server reports running containers of running pods), or undefined for a pod it has no metrics for. */
export function podContainerUsage(cluster: Cluster, pod: Pod): { name: string; usage: Usage }[] | undefined {
  if (pod.status?.phase !== "Running") return undefined;
  const load = loadOf(cluster, pod);
  const running = new Set([...(pod.status.containerStatuses ?? []), ...(pod.status.initContainerStatuses ?? [])].filter((s) => s.state.running).map((s) => s.name));
  const containers = [...(pod.spec.initContainers ?? []).filter((c) => c.restartPolicy === "Always"), ...pod.spec.containers];
  return containers.filter((c) => running.has(c.name)).map((c) => ({ name: c.name, usage: containerUsage(pod, c, load) }));
}

export function sumUsage(list: readonly Usage[]): Usage {
  return list.reduce((a, b) => ({ cpuMillis: a.cpuMillis + b.cpuMillis, memoryBytes: a.memoryBytes + b.memoryBytes }), { cpuMillis: 0, memoryBytes: 0 });
}

/** A Ready node's usage: its system daemons plus its pods; undefined (metrics unavailable) when the node is not Ready. */
export function nodeUsage(cluster: Cluster, node: Node, pods: readonly Pod[]): Usage | undefined {
  const ready = node.status?.conditions?.some((c) => c.type === "Ready" && c.status === "True") === true;
  if (!ready) return undefined;
  const role = node.metadata.labels?.["node-role.kubernetes.io/control-plane"] !== undefined ? "control-plane" : "worker";
  const [cpu, memory] = SYSTEM[role];
  const k = spread(node.metadata.name ?? "");
  const own = pods.filter((p) => p.spec.nodeName === node.metadata.name).flatMap((p) => podContainerUsage(cluster, p)?.map((c) => c.usage) ?? []);
  return sumUsage([{ cpuMillis: Math.round(cpu * k), memoryBytes: Math.round(memory * MI * k) }, ...own]);
}
