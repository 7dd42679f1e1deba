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

/**
 * The numbers the scheduler's fast path reads, one typed column per field, indexed like `list()`:
 * scanning hundreds of nodes per pod reads a few contiguous arrays instead of chasing objects.
 * `plain` is 1 for a schedulable node without taints.
 */
export interface NodeColumns {
  readonly plain: Uint8Array;
  readonly pods: Float64Array;
  readonly allocPods: Float64Array;
  readonly reqCpu: Float64Array;
  readonly allocCpu: Float64Array;
  readonly reqMemory: Float64Array;
  readonly allocMemory: Float64Array;
  readonly nzCpu: Float64Array;
  readonly nzMemory: Float64Array;
  /**
   * The base score of each node for a pod whose scoring requests are `scoredFor`, where `scored` is 1:
   * a node's score changes only when a pod lands on or leaves it, so most are reused, not recomputed.
   */
  readonly score: Float64Array;
  readonly scored: Uint8Array;
  readonly scoredFor: { cpu: number; memory: number };
}

function newColumns(n: number): NodeColumns {
  return {
    plain: new Uint8Array(n), pods: new Float64Array(n), allocPods: new Float64Array(n), reqCpu: new Float64Array(n), allocCpu: new Float64Array(n),
    reqMemory: new Float64Array(n), allocMemory: new Float64Array(n), nzCpu: new Float64Array(n), nzMemory: new Float64Array(n),
    score: new Float64Array(n), scored: new Uint8Array(n), scoredFor: { cpu: Number.NaN, memory: Number.NaN },
  };
}

function writeColumns(c: NodeColumns, i: number, n: NodeInfo): void {
  c.plain[i] = !n.unschedulable && n.taints.length === 0 ? 1 : 0;
  c.pods[i] = n.pods;
  c.allocPods[i] = n.allocPods;
  c.reqCpu[i] = n.reqCpu;
  c.allocCpu[i] = n.allocCpu;
  c.reqMemory[i] = n.reqMemory;
  c.allocMemory[i] = n.allocMemory;
  c.nzCpu[i] = n.nzCpu;
  c.nzMemory[i] = n.nzMemory;
  c.scored[i] = 0;
}

export class NodeCache {
  private readonly nodes = new Map<string, NodeInfo>();
  private sorted: NodeInfo[] | undefined;
  /** Columns of `sorted`, and each node's index in it; rebuilt with it. */
  private cols: NodeColumns | undefined;
  private readonly position = new Map<string, number>();
  /** Usage of pods bound to nodes not (yet) registered, applied when the node appears. */
  private readonly pending = new Map<string, { cpu: number; memory: number; nzCpu: number; nzMemory: number; pods: number }>();

  list(): readonly NodeInfo[] {
    if (!this.sorted) {
      const sorted = [...this.nodes.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
      const cols = newColumns(sorted.length);
      this.position.clear();
      sorted.forEach((n, i) => {
        writeColumns(cols, i, n);
        this.position.set(n.name, i);
      });
      this.sorted = sorted;
      this.cols = cols;
    }
    return this.sorted;
  }

  /** The columns of `list()`, always in step with the node objects. */
  columns(): NodeColumns {
    this.list();
    return this.cols ?? newColumns(0);
  }

  get(name: string): NodeInfo | undefined {
    return this.nodes.get(name);
  }

  clear(): void {
    this.nodes.clear();
    this.pending.clear();
    this.sorted = undefined;
    this.cols = undefined;
  }

  setNode(o: KubeObject | undefined, name: string): void {
    this.sorted = undefined;
    this.cols = undefined;
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
      const i = this.cols ? this.position.get(info.name) : undefined;
      if (this.cols && i !== undefined) writeColumns(this.cols, i, info);
      return;
    }
    const p = this.pending.get(u.node) ?? { cpu: 0, memory: 0, nzCpu: 0, nzMemory: 0, pods: 0 };
    this.pending.set(u.node, { cpu: p.cpu + sign * u.cpu, memory: p.memory + sign * u.memory, nzCpu: p.nzCpu + sign * u.nzCpu, nzMemory: p.nzMemory + sign * u.nzMemory, pods: p.pods + sign });
  }
}

