/** The scheduler's node columns: always in step with the node objects, and their scores equal the scoring plugins'. */
import { describe, expect, it } from "vitest";
import { defaultNodes, nodeObject } from "@/lib/cluster/nodes";
import type { KubeObject } from "@/lib/cluster/object";
import type { PodContext } from "@/lib/cluster/scheduler/filters";
import { NodeCache } from "@/lib/cluster/scheduler/node-cache";
import { baseScore, scoreFromColumns, scoringRequests } from "@/lib/cluster/scheduler/scoring";
import { isPod } from "@/lib/cluster/types";

function pod(name: string, node: string, cpu: string, memory: string, phase = "Running"): KubeObject {
  return { apiVersion: "v1", kind: "Pod", metadata: { name, namespace: "default" }, spec: { nodeName: node, containers: [{ name: "c", image: "kubedeck/web:1.0", resources: { requests: { cpu, memory } } }] }, status: { phase } };
}

function cacheWithNodes(workers: number): NodeCache {
  const cache = new NodeCache();
  for (const spec of defaultNodes(workers)) cache.setNode(nodeObject(spec, "10.0.0.1", "10.244.0.0/24", "2026-01-01T00:00:00Z"), spec.name);
  return cache;
}

function expectInStep(cache: NodeCache): void {
  const c = cache.columns();
  cache.list().forEach((n, i) => {
    expect([c.plain[i], c.pods[i], c.allocPods[i], c.reqCpu[i], c.allocCpu[i], c.reqMemory[i], c.allocMemory[i], c.nzCpu[i], c.nzMemory[i]])
      .toEqual([!n.unschedulable && n.taints.length === 0 ? 1 : 0, n.pods, n.allocPods, n.reqCpu, n.allocCpu, n.reqMemory, n.allocMemory, n.nzCpu, n.nzMemory]);
  });
}

describe("scheduler node columns", () => {
  it("follow pods landing, finishing and leaving, and nodes changing", () => {
    const cache = cacheWithNodes(4);
    expectInStep(cache);
    const a = pod("a", "worker-1", "250m", "64Mi");
    cache.podChanged(undefined, a);
    cache.podChanged(undefined, pod("b", "worker-2", "0", "0"));
    expectInStep(cache);
    cache.podChanged(a, pod("a", "worker-1", "250m", "64Mi", "Succeeded"));
    expectInStep(cache);
    cache.setNode(nodeObject({ name: "worker-3", cpu: "8", taints: [{ key: "k", value: "v", effect: "NoSchedule" }] }, "10.0.0.3", "10.244.3.0/24", "2026-01-01T00:00:00Z"), "worker-3");
    expectInStep(cache);
    cache.setNode(undefined, "worker-4");
    expectInStep(cache);
  });

  it("score every node exactly as LeastAllocated + BalancedAllocation do", () => {
    const cache = cacheWithNodes(6);
    cache.podChanged(undefined, pod("x", "worker-2", "1500m", "3Gi"));
    cache.podChanged(undefined, pod("y", "worker-5", "10m", "7Gi"));
    const c = cache.columns();
    for (const [cpu, memory] of [["10m", "16Mi"], ["0", "0"], ["2", "1Gi"]] as const) {
      const p = pod("new", "", cpu, memory);
      if (!isPod(p)) throw new Error("not a pod");
      const req = (v: string, unit: number): number => (v.endsWith("m") ? Number(v.slice(0, -1)) : v.endsWith("Mi") ? Number(v.slice(0, -2)) * 2 ** 20 : v.endsWith("Gi") ? Number(v.slice(0, -2)) * 2 ** 30 : Number(v) * unit);
      const ctx: PodContext = { pod: p, cpu: req(cpu, 1000), memory: req(memory, 1), affinity: [], antiAffinity: [], forbidden: [], spread: [] };
      const scoring = scoringRequests(ctx);
      cache.list().forEach((n, i) => expect(scoreFromColumns(c, i, scoring.cpu, scoring.memory)).toBe(baseScore(ctx, n)));
    }
  });
});
