/**
 * The cluster's nodes. Default layout: `control-plane` (tainted
 * `node-role.kubernetes.io/control-plane:NoSchedule`, role label) and workers `worker-1`…`worker-N`
 * of 4 CPU / 16 GiB / 110 pods. Allocatable equals capacity (no system reservation), so three
 * 500m/1Gi pods fit on one worker and a 6-CPU pod fits nowhere. Zones: workers round-robin over
 * `zone-a`, `zone-b`, `zone-c` (worker-1 → zone-a, worker-2 → zone-b, worker-3 → zone-c, worker-4 →
 * zone-a…); the control-plane node is in zone-a; every node is in region `region-1`.
 */
import type { KubeObject } from "./object";
import type { Taint } from "./types";

export interface NodeSpec {
  readonly name: string;
  readonly controlPlane?: boolean;
  readonly cpu?: string;
  readonly memory?: string;
  readonly pods?: number;
  readonly zone?: string;
  readonly labels?: Readonly<Record<string, string>>;
  readonly taints?: readonly Taint[];
}

export const CONTROL_PLANE_TAINT: Taint = { key: "node-role.kubernetes.io/control-plane", effect: "NoSchedule" };
export const ZONES = ["zone-a", "zone-b", "zone-c"] as const;
export const KUBELET_VERSION = "v1.36.0";

export function defaultNodes(workers: number): NodeSpec[] {
  const out: NodeSpec[] = [{ name: "control-plane", controlPlane: true, zone: "zone-a" }];
  for (let i = 1; i <= workers; i += 1) out.push({ name: `worker-${i}`, zone: ZONES[(i - 1) % ZONES.length] });
  return out;
}

/** A worker added later: the next free `worker-N`, in the next zone of the round-robin. */
export function nextWorker(existing: readonly string[]): NodeSpec {
  let i = 1;
  while (existing.includes(`worker-${i}`)) i += 1;
  return { name: `worker-${i}`, zone: ZONES[(i - 1) % ZONES.length] };
}

export function nodeObject(spec: NodeSpec, internalIP: string, podCIDR: string, created: string): KubeObject {
  const cpu = spec.cpu ?? "4";
  const memory = spec.memory ?? "16Gi";
  const pods = String(spec.pods ?? 110);
  const resources = { cpu, memory, pods, "ephemeral-storage": "100Gi" };
  const labels: Record<string, string> = {
    "beta.kubernetes.io/arch": "amd64",
    "beta.kubernetes.io/os": "linux",
    "kubernetes.io/arch": "amd64",
    "kubernetes.io/hostname": spec.name,
    "kubernetes.io/os": "linux",
    "topology.kubernetes.io/region": "region-1",
    "topology.kubernetes.io/zone": spec.zone ?? "zone-a",
    ...(spec.controlPlane ? { "node-role.kubernetes.io/control-plane": "" } : {}),
    ...(spec.labels ?? {}),
  };
  const taints = spec.taints ?? (spec.controlPlane ? [CONTROL_PLANE_TAINT] : []);
  const condition = (type: string, status: string, reason: string, message: string) => ({
    type, status, lastHeartbeatTime: created, lastTransitionTime: created, reason, message,
  });
  return {
    apiVersion: "v1",
    kind: "Node",
    metadata: { name: spec.name, labels, annotations: { "node.alpha.kubernetes.io/ttl": "0" } },
    spec: { podCIDR, podCIDRs: [podCIDR], providerID: `kubedeck://${spec.name}`, ...(taints.length > 0 ? { taints: taints.map((t) => ({ ...t })) } : {}) },
    status: {
      capacity: resources,
      allocatable: resources,
      conditions: [
        condition("MemoryPressure", "False", "KubeletHasSufficientMemory", "kubelet has sufficient memory available"),
        condition("DiskPressure", "False", "KubeletHasNoDiskPressure", "kubelet has no disk pressure"),
        condition("PIDPressure", "False", "KubeletHasSufficientPID", "kubelet has sufficient PID available"),
        condition("Ready", "True", "KubeletReady", "kubelet is posting ready status"),
      ],
      addresses: [{ type: "InternalIP", address: internalIP }, { type: "Hostname", address: spec.name }],
      nodeInfo: {
        architecture: "amd64", operatingSystem: "linux", osImage: "Debian GNU/Linux 12 (bookworm)",
        kernelVersion: "6.1.0-kubedeck", containerRuntimeVersion: "containerd://2.0.0",
        kubeletVersion: KUBELET_VERSION, kubeProxyVersion: KUBELET_VERSION,
      },
    },
  };
}
