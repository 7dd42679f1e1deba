/**
 * `kubectl drain` through the Eviction API: a pod whose disruption budget allows no disruption is
 * refused with kubectl's "error when evicting … (will retry after 5s)" line and tried again every 5 s
 * on the virtual clock, until a replacement is Ready elsewhere; without a budget drain evicts at once.
 */
import { describe, expect, it } from "vitest";
import type { Cluster } from "@/lib/cluster/cluster";
import { clusterWith, deploymentYaml, podSummary } from "./helpers";

const web = (replicas: number, pdb?: string) => `${deploymentYaml("web", replicas)}${pdb ? `---
apiVersion: policy/v1
kind: PodDisruptionBudget
metadata: {name: web}
spec:
  ${pdb}
  selector: {matchLabels: {app: web}}
` : ""}`;

const onNode = (c: Cluster, node: string): string[] => podSummary(c).filter((line) => line.endsWith(` ${node}`)).map((line) => line.split(" ")[0] ?? "");
const refusal = (pod: string) => `error when evicting pods/"${pod}" -n "default" (will retry after 5s): Cannot evict pod as it would violate the pod's disruption budget.`;

describe("drain and PodDisruptionBudgets", () => {
  it("evicts what the budget allows, retries the rest every 5 s, and finishes once replacements are Ready", () => {
    const c = clusterWith(web(4, "maxUnavailable: 1"), { workers: 2 });
    const before = onNode(c, "worker-1");
    expect(before).toHaveLength(2);
    const start = c.now;
    const result = c.drain("worker-1");
    // The first eviction spends the one allowed disruption; the second is refused (429).
    expect(result).toHaveLength(1);
    const held = before.find((p) => !result.includes(p)) ?? "";
    expect(result.refused).toEqual([{ namespace: "default", pod: held, message: refusal(held), retrying: true }]);
    const settled = c.settle();
    expect(settled.stable).toBe(true);
    expect(onNode(c, "worker-1")).toEqual([]);
    expect(podSummary(c).filter((line) => line.includes(" Running worker-2"))).toHaveLength(4);
    const events = c.events().filter((e) => e.involvedObject.name === held);
    expect(events.find((e) => e.reason === "FailedEviction")).toMatchObject({ type: "Warning", message: refusal(held), count: 1, firstSeconds: start });
    // Evicted on drain's first retry after the replacement became Ready: 5 s later.
    expect(events.find((e) => e.reason === "Evicted")?.firstSeconds).toBe(start + 5);
  });

  it("without a budget, drain evicts every pod at once", () => {
    const c = clusterWith(web(4), { workers: 2 });
    const before = onNode(c, "worker-1");
    const result = c.drain("worker-1");
    expect([...result].sort()).toEqual([...before].sort());
    expect(result.refused).toEqual([]);
    c.settle();
    expect(onNode(c, "worker-1")).toEqual([]);
    expect(c.events().some((e) => e.reason === "FailedEviction")).toBe(false);
  });

  it("a budget that never allows it leaves drain retrying (the cluster still settles) until a scale-up makes room", () => {
    const c = clusterWith(web(4, "minAvailable: 4"), { workers: 2 });
    const before = onNode(c, "worker-1");
    const result = c.drain("worker-1");
    expect([...result]).toEqual([]);
    expect(result.refused.map((r) => r.pod).sort()).toEqual(before);
    expect(c.settle()).toMatchObject({ stable: true, virtualSeconds: 0 });
    c.advance(30);
    expect(onNode(c, "worker-1")).toEqual(before);
    const refused = c.events().find((e) => e.reason === "FailedEviction" && e.involvedObject.name === before[0]);
    expect(refused?.count).toBe(7);
    c.scale("Deployment", "default", "web", 5);
    expect(c.settle().stable).toBe(true);
    expect(onNode(c, "worker-1")).toEqual([]);
    expect(podSummary(c).filter((line) => line.includes(" Running worker-2"))).toHaveLength(5);
  });

  it("a pod selected by two budgets is not evicted and not retried", () => {
    const text = `${web(2, "maxUnavailable: 1")}---
apiVersion: policy/v1
kind: PodDisruptionBudget
metadata: {name: web-too}
spec: {maxUnavailable: 1, selector: {matchLabels: {app: web}}}
`;
    const c = clusterWith(text, { workers: 1 });
    const result = c.drain("worker-1");
    expect(result.refused.map((r) => r.retrying)).toEqual([false, false]);
    expect(result.refused[0]?.message).toMatch(/: This pod has more than one PodDisruptionBudget, which the eviction subresource does not support\.$/);
    c.advance(30);
    expect(onNode(c, "worker-1")).toHaveLength(2);
  });

  it("a second reconcile during a blocked drain changes nothing; the same input and seed give the same cluster", () => {
    const run = () => {
      const c = clusterWith(web(4, "minAvailable: 4"), { workers: 2, seed: 7 });
      c.drain("worker-1");
      c.settle();
      return c;
    };
    const a = run();
    const rv = a.resourceVersion;
    const objects = JSON.stringify(a.objects());
    a.resync();
    expect(a.resourceVersion).toBe(rv);
    expect(JSON.stringify(a.objects())).toBe(objects);
    const b = run();
    expect(JSON.stringify(b.objects())).toBe(JSON.stringify(run().objects()));
    expect(JSON.stringify(b.events())).toBe(JSON.stringify(run().events()));
  });
});
