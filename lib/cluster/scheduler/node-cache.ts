/**
 * The scheduler's view of nodes: allocatable resources and what bound pods request, kept up to date
 * incrementally from store changes so scheduling one pod never re-sums a node's pods.
 */
import type { KubeObject } from "../object";
import { isNode, isPod, type Node, type Taint } from "../types";
import { podRequest } from "../util/pod-resources";
import { cpuMillis, units } from "../util/quantity";

export interface NodeInfo {
  readonly name: string;
  node: Node;
  labels: Readonly<Record<string, string>>;
  taints: readonly Taint[];
  unschedulable: boolean;
  allocCpu: number;
  allocMemory: number;
  allocPods: number;
  reqCpu: number;
  reqMemory: number;
  /** Requests with the scheduler's non-zero defaults (100m CPU, 200Mi) for pods that request nothing, used in scoring. */
  nzCpu: number;
  nzMemory: number;
  pods: number;
}

export const DEFAULT_MILLI_CPU = 100;
export const DEFAULT_MEMORY = 200 * 1024 * 1024;

interface Usage { readonly node: string; readonly cpu: number; readonly memory: number; readonly nzCpu: number; readonly nzMemory: number }

function usageOf(o: KubeObject | undefined): Usage | undefined {
  if (!o || !isPod(o)) return undefined;
  const node = o.spec.nodeName;
  const phase = o.status?.phase;
  if (!node || phase === "Succeeded" || phase === "Failed") return undefined;
  const cpu = podRequest(o.spec, "cpu");
  const memory = podRequest(o.spec, "memory");
  return { node, cpu, memory, nzCpu: cpu > 0 ? cpu : DEFAULT_MILLI_CPU, nzMemory: memory > 0 ? memory : DEFAULT_MEMORY };
}

function finished(o: KubeObject): boolean {
  const phase = isPod(o) ? o.status?.phase : undefined;
  return phase === "Succeeded" || phase === "Failed";
}

export class NodeCache {
  private readonly nodes = new Map<string, NodeInfo>();
  private sorted: NodeInfo[] | undefined;
  /** Usage of pods bound to nodes not (yet) registered, applied when the node appears. */
  private readonly pending = new Map<string, { cpu: number; memory: number; nzCpu: number; nzMemory: number; pods: number }>();

  list(): readonly NodeInfo[] {
    this.sorted ??= [...this.nodes.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    return this.sorted;
  }

  get(name: string): NodeInfo | undefined {
    return this.nodes.get(name);
  }

  clear(): void {
    this.nodes.clear();
    this.pending.clear();
    this.sorted = undefined;
  }

  setNode(o: KubeObject | undefined, name: string): void {
    this.sorted = undefined;
    if (!o || !isNode(o)) {
      this.nodes.delete(name);
      return;
    }
    const alloc = o.status?.allocatable ?? o.status?.capacity ?? {};
    const existing = this.nodes.get(name);
    const info: NodeInfo = existing ?? { name, node: o, labels: {}, taints: [], unschedulable: false, allocCpu: 0, allocMemory: 0, allocPods: 0, reqCpu: 0, reqMemory: 0, nzCpu: 0, nzMemory: 0, pods: 0 };
    info.node = o;
    info.labels = o.metadata.labels ?? {};
    info.taints = o.spec.taints ?? [];
    info.unschedulable = o.spec.unschedulable === true;
    info.allocCpu = cpuMillis(alloc.cpu);
    info.allocMemory = units(alloc.memory);
    info.allocPods = units(alloc.pods ?? "110");
    if (!existing) {
      this.nodes.set(name, info);
      const p = this.pending.get(name);
      if (p) {
        info.reqCpu += p.cpu;
        info.reqMemory += p.memory;
        info.nzCpu += p.nzCpu;
        info.nzMemory += p.nzMemory;
        info.pods += p.pods;
        this.pending.delete(name);
      }
    }
  }

  /** Accounts for a pod change (old → new). */
  podChanged(old: KubeObject | undefined, next: KubeObject | undefined): void {
    // Usage follows the spec (node, requests) and whether the pod finished: a status write that
    // finishes nothing changes none (most writes).
    if (old && next && old.spec === next.spec && finished(old) === finished(next)) return;
    const before = usageOf(old);
    const after = usageOf(next);
    if (before && after && before.node === after.node && before.cpu === after.cpu && before.memory === after.memory) return;
    if (before) this.add(before, -1);
    if (after) this.add(after, 1);
  }

  private add(u: Usage, sign: 1 | -1): void {
    const info = this.nodes.get(u.node);
    if (info) {
      info.reqCpu += sign * u.cpu;
      info.reqMemory += sign * u.memory;
      info.nzCpu += sign * u.nzCpu;
      info.nzMemory += sign * u.nzMemory;
      info.pods += sign;
      return;
    }
    const p = this.pending.get(u.node) ?? { cpu: 0, memory: 0, nzCpu: 0, nzMemory: 0, pods: 0 };
    this.pending.set(u.node, { cpu: p.cpu + sign * u.cpu, memory: p.memory + sign * u.memory, nzCpu: p.nzCpu + sign * u.nzCpu, nzMemory: p.nzMemory + sign * u.nzMemory, pods: p.pods + sign });
  }
}

