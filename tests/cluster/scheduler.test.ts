/** Scheduler: each filter and its FailedScheduling wording, scoring determinism, spread and affinity. */
import { describe, expect, it } from "vitest";
import { createCluster } from "@/lib/cluster/cluster";
import { failedSchedulingMessage } from "@/lib/cluster/scheduler/filters";
import { clusterWith, deploymentYaml, field, pods } from "./helpers";

function lastFailedScheduling(cluster: ReturnType<typeof createCluster>): string | undefined {
  return cluster.events().filter((e) => e.reason === "FailedScheduling").pop()?.message;
}

describe("scheduler", () => {
  it("words an unschedulable pod like kube-scheduler (taint, cpu, memory, preemption)", () => {
    const c = clusterWith(deploymentYaml("report", 1, "containers: [{name: r, image: kubedeck/web:1.0, resources: {requests: {cpu: '6', memory: 32Gi}}}]"));
    expect(lastFailedScheduling(c)).toBe(
      "0/4 nodes are available: 1 node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }, 3 Insufficient cpu, 3 Insufficient memory. preemption: 0/4 nodes are available: 1 Preemption is not helpful for scheduling, 3 No preemption victims found for incoming pod.",
    );
    const pod = pods(c)[0];
    expect(field(pod, "status.phase")).toBe("Pending");
    expect(field(pod, "status.conditions.0")).toMatchObject({ type: "PodScheduled", status: "False", reason: "Unschedulable" });
  });

  it("formats reasons sorted with counts", () => {
    expect(failedSchedulingMessage(3, [{ reasons: ["Insufficient cpu"], resolvable: true }, { reasons: ["Insufficient cpu"], resolvable: true }, { reasons: ["node(s) were unschedulable"], resolvable: false }]))
      .toBe("0/3 nodes are available: 1 node(s) were unschedulable, 2 Insufficient cpu. preemption: 0/3 nodes are available: 1 Preemption is not helpful for scheduling, 2 No preemption victims found for incoming pod.");
  });

  it("fits three 500m/1Gi replicas and spreads them over the workers by LeastAllocated", () => {
    const c = clusterWith(deploymentYaml("report", 3, "containers: [{name: r, image: kubedeck/web:1.0, resources: {requests: {cpu: 500m, memory: 1Gi}}}]"));
    expect(pods(c).map((p) => field(p, "spec.nodeName")).sort()).toEqual(["worker-1", "worker-2", "worker-3"]);
  });

  it("honours nodeSelector and required node affinity", () => {
    const c = createCluster({ nodes: [{ name: "control-plane", controlPlane: true }, { name: "a", labels: { disk: "ssd" } }, { name: "b" }] });
    c.apply([{ file: "x", text: deploymentYaml("ssd", 2, "nodeSelector: {disk: ssd}\ncontainers: [{name: r, image: nginx}]") + "---\n" + deploymentYaml("aff", 1, "affinity: {nodeAffinity: {requiredDuringSchedulingIgnoredDuringExecution: {nodeSelectorTerms: [{matchExpressions: [{key: disk, operator: NotIn, values: [ssd]}]}]}}}\ncontainers: [{name: r, image: nginx}]") }]);
    c.settle();
    const where = (app: string) => c.list("Pod").filter((p) => p.metadata.labels?.app === app).map((p) => field(p, "spec.nodeName"));
    expect(where("ssd")).toEqual(["a", "a"]);
    expect(where("aff")).toEqual(["b"]);
  });

  it("prefers nodes matching preferred node affinity", () => {
    const c = createCluster({ nodes: [{ name: "a" }, { name: "b", labels: { fast: "yes" } }] });
    c.apply([{ file: "x", text: deploymentYaml("p", 1, "affinity: {nodeAffinity: {preferredDuringSchedulingIgnoredDuringExecution: [{weight: 50, preference: {matchExpressions: [{key: fast, operator: In, values: ['yes']}]}}]}}\ncontainers: [{name: r, image: nginx}]") }]);
    c.settle();
    expect(field(c.list("Pod")[0], "spec.nodeName")).toBe("b");
  });

  it("required pod anti-affinity keeps replicas apart and leaves the fourth Pending", () => {
    const c = clusterWith(deploymentYaml("web", 4, "affinity: {podAntiAffinity: {requiredDuringSchedulingIgnoredDuringExecution: [{labelSelector: {matchLabels: {app: web}}, topologyKey: kubernetes.io/hostname}]}}\ncontainers: [{name: web, image: kubedeck/web:1.0}]"));
    const nodes = pods(c).map((p) => field(p, "spec.nodeName")).filter(Boolean);
    expect(new Set(nodes).size).toBe(3);
    expect(nodes).toHaveLength(3);
    expect(lastFailedScheduling(c)).toContain("3 node(s) didn't match pod anti-affinity rules");
  });

  it("required pod affinity co-locates with the target and fails without one", () => {
    const c = clusterWith(`${deploymentYaml("cache", 1, "containers: [{name: c, image: redis}]")}---\n${deploymentYaml("app", 2, "affinity: {podAffinity: {requiredDuringSchedulingIgnoredDuringExecution: [{labelSelector: {matchLabels: {app: cache}}, topologyKey: kubernetes.io/hostname}]}}\ncontainers: [{name: a, image: nginx}]")}`);
    const cacheNode = field(c.list("Pod").find((p) => p.metadata.labels?.app === "cache"), "spec.nodeName");
    const appNodes = c.list("Pod").filter((p) => p.metadata.labels?.app === "app").map((p) => field(p, "spec.nodeName"));
    expect(cacheNode).toBeDefined();
    expect(appNodes).toEqual([cacheNode, cacheNode]);
    const lonely = clusterWith(deploymentYaml("app", 1, "affinity: {podAffinity: {requiredDuringSchedulingIgnoredDuringExecution: [{labelSelector: {matchLabels: {app: nothing}}, topologyKey: kubernetes.io/hostname}]}}\ncontainers: [{name: a, image: nginx}]"));
    expect(lastFailedScheduling(lonely)).toContain("3 node(s) didn't match pod affinity rules");
  });

  it("DoNotSchedule topology spread over zones keeps skew ≤ 1", () => {
    const c = clusterWith(deploymentYaml("web", 6, "topologySpreadConstraints: [{maxSkew: 1, topologyKey: topology.kubernetes.io/zone, whenUnsatisfiable: DoNotSchedule, labelSelector: {matchLabels: {app: web}}}]\ncontainers: [{name: web, image: kubedeck/web:1.0}]"), { workers: 3 });
    const zones = new Map<string, number>();
    for (const p of pods(c)) {
      const node = c.get("Node", undefined, String(field(p, "spec.nodeName")));
      const zone = node?.metadata.labels?.["topology.kubernetes.io/zone"] ?? "";
      zones.set(zone, (zones.get(zone) ?? 0) + 1);
    }
    expect(Math.max(...zones.values()) - Math.min(...zones.values())).toBeLessThanOrEqual(1);
  });

  it("preferred anti-affinity and ScheduleAnyway spread outweigh LeastAllocated, without blocking", () => {
    const busy = "apiVersion: v1\nkind: Pod\nmetadata: {name: load}\nspec: {nodeName: b, containers: [{name: l, image: nginx, resources: {requests: {cpu: '3', memory: 8Gi}}}]}\n---\n";
    const place = (podSpec: string): unknown[] => {
      const c = createCluster({ nodes: [{ name: "a" }, { name: "b" }] });
      c.apply([{ file: "x", text: busy + deploymentYaml("web", 2, podSpec) }]);
      c.settle();
      return c.list("Pod").filter((p) => p.metadata.labels?.app === "web").map((p) => field(p, "spec.nodeName")).sort();
    };
    const plain = "containers: [{name: web, image: nginx, resources: {requests: {cpu: 100m}}}]";
    expect(place(plain)).toEqual(["a", "a"]);
    expect(place(`affinity: {podAntiAffinity: {preferredDuringSchedulingIgnoredDuringExecution: [{weight: 100, podAffinityTerm: {labelSelector: {matchLabels: {app: web}}, topologyKey: kubernetes.io/hostname}}]}}\n${plain}`)).toEqual(["a", "b"]);
    expect(place(`topologySpreadConstraints: [{maxSkew: 1, topologyKey: kubernetes.io/hostname, whenUnsatisfiable: ScheduleAnyway, labelSelector: {matchLabels: {app: web}}}]\n${plain}`)).toEqual(["a", "b"]);
  });

  it("tolerations let pods onto the control-plane node; cordoned nodes take no new pods", () => {
    const c = createCluster({ workers: 1 });
    c.cordon("worker-1");
    c.apply([{ file: "x", text: deploymentYaml("cp", 1, "tolerations: [{key: node-role.kubernetes.io/control-plane, operator: Exists, effect: NoSchedule}]\ncontainers: [{name: c, image: nginx}]") }]);
    c.settle();
    expect(field(c.list("Pod")[0], "spec.nodeName")).toBe("control-plane");
    const d = createCluster({ workers: 1 });
    d.cordon("worker-1");
    d.apply([{ file: "x", text: deploymentYaml("w", 1, "containers: [{name: c, image: nginx}]") }]);
    d.settle();
    expect(d.events().find((e) => e.reason === "FailedScheduling")?.message).toBe("0/2 nodes are available: 1 node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }, 1 node(s) were unschedulable. preemption: 0/2 nodes are available: 2 Preemption is not helpful for scheduling.");
  });

  it("retries a pending pod when a node is added", () => {
    const c = clusterWith(deploymentYaml("big", 1, "containers: [{name: c, image: nginx, resources: {requests: {cpu: '6'}}}]"));
    expect(field(pods(c)[0], "spec.nodeName")).toBeUndefined();
    c.addNode({ name: "big-node", cpu: "8", memory: "32Gi" });
    c.settle();
    expect(field(pods(c)[0], "spec.nodeName")).toBe("big-node");
  });
});
