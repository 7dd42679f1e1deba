/**
 * PodDisruptionBudget status as kube-controller-manager's disruption controller keeps it: an integer
 * minAvailable counts the selected pods; a percentage, or maxUnavailable in either form, is taken of
 * the owning controller's scale, rounding up; healthy means Ready and not being deleted.
 */
import { describe, expect, it } from "vitest";
import type { Cluster } from "@/lib/cluster/cluster";
import { clusterWith, deploymentYaml, field } from "./helpers";

const deployment = (replicas: number, name = "web") => deploymentYaml(name, replicas);

const budget = (rule: string, app = "web") => `apiVersion: policy/v1
kind: PodDisruptionBudget
metadata: {name: ${app}-pdb}
spec:
  ${rule}
  selector: {matchLabels: {app: ${app}}}
`;

function statusOf(c: Cluster, name = "web-pdb") {
  const pdb = c.get("PodDisruptionBudget", "default", name);
  const condition = (field(pdb, "status.conditions") as Record<string, unknown>[] | undefined)?.[0];
  return {
    observedGeneration: field(pdb, "status.observedGeneration"),
    expectedPods: field(pdb, "status.expectedPods"),
    currentHealthy: field(pdb, "status.currentHealthy"),
    desiredHealthy: field(pdb, "status.desiredHealthy"),
    disruptionsAllowed: field(pdb, "status.disruptionsAllowed"),
    condition: condition && `${String(condition.type)}=${String(condition.status)} ${String(condition.reason)}`,
  };
}

describe("PodDisruptionBudget status", () => {
  it("minAvailable as an integer: desired is that number, expected is the selected pods", () => {
    const c = clusterWith(`${deployment(3)}---\n${budget("minAvailable: 2")}`);
    expect(statusOf(c)).toEqual({ observedGeneration: 1, expectedPods: 3, currentHealthy: 3, desiredHealthy: 2, disruptionsAllowed: 1, condition: "DisruptionAllowed=True SufficientPods" });
  });

  it("minAvailable as a percentage of the Deployment's replicas, rounded up", () => {
    const c = clusterWith(`${deployment(3)}---\n${budget('minAvailable: "50%"')}`);
    expect(statusOf(c)).toMatchObject({ expectedPods: 3, currentHealthy: 3, desiredHealthy: 2, disruptionsAllowed: 1 });
  });

  it("maxUnavailable as an integer: desired is the scale minus it", () => {
    const c = clusterWith(`${deployment(4)}---\n${budget("maxUnavailable: 1")}`);
    expect(statusOf(c)).toMatchObject({ expectedPods: 4, currentHealthy: 4, desiredHealthy: 3, disruptionsAllowed: 1, condition: "DisruptionAllowed=True SufficientPods" });
  });

  it("maxUnavailable as a percentage: the unavailable share is rounded up", () => {
    const c = clusterWith(`${deployment(3)}---\n${budget('maxUnavailable: "50%"')}`);
    // ceil(3 × 50 %) = 2 may be down, so 1 must stay up.
    expect(statusOf(c)).toMatchObject({ expectedPods: 3, currentHealthy: 3, desiredHealthy: 1, disruptionsAllowed: 2 });
  });

  it("a budget that allows no disruption says InsufficientPods", () => {
    const c = clusterWith(`${deployment(2)}---\n${budget("minAvailable: 2")}`);
    expect(statusOf(c)).toMatchObject({ currentHealthy: 2, desiredHealthy: 2, disruptionsAllowed: 0, condition: "DisruptionAllowed=False InsufficientPods" });
  });

  it("a selector matching no pods: expectedPods 0, nothing allowed, a NoPods event", () => {
    const c = clusterWith(`${deployment(2)}---\n${budget("minAvailable: 1", "db")}`);
    expect(statusOf(c, "db-pdb")).toEqual({ observedGeneration: 1, expectedPods: 0, currentHealthy: 0, desiredHealthy: 1, disruptionsAllowed: 0, condition: "DisruptionAllowed=False InsufficientPods" });
    expect(c.events().some((e) => e.reason === "NoPods" && e.message === "No matching pods found" && e.involvedObject.name === "db-pdb")).toBe(true);
  });

  it("percentages follow a StatefulSet's replicas, and the corpus's zookeeper budget", () => {
    const c = clusterWith(`apiVersion: apps/v1
kind: StatefulSet
metadata: {name: zk}
spec:
  serviceName: zk-hs
  replicas: 3
  selector: {matchLabels: {app: zookeeper}}
  template:
    metadata: {labels: {app: zookeeper}}
    spec: {containers: [{name: zk, image: registry.k8s.io/kubernetes-zookeeper:1.0-3.4.10}]}
---
apiVersion: policy/v1
kind: PodDisruptionBudget
metadata: {name: zk-pdb}
spec:
  maxUnavailable: 1
  selector:
    matchLabels:
      app: zookeeper
`);
    expect(statusOf(c, "zk-pdb")).toMatchObject({ expectedPods: 3, currentHealthy: 3, desiredHealthy: 2, disruptionsAllowed: 1 });
  });

  it("follows pods going away and a changed spec (observedGeneration)", () => {
    const c = clusterWith(`${deployment(3)}---\n${budget("minAvailable: 2")}`);
    const victim = c.list("Pod", "default")[0]?.metadata.name ?? "";
    c.deletePod("default", victim);
    c.advance(0);
    // The terminating pod and its Pending replacement are selected, neither is healthy.
    expect(statusOf(c)).toMatchObject({ expectedPods: 4, currentHealthy: 2, disruptionsAllowed: 0 });
    c.settle();
    expect(statusOf(c)).toMatchObject({ expectedPods: 3, currentHealthy: 3, disruptionsAllowed: 1 });
    const { errors } = c.apply([{ file: "pdb.yaml", text: budget("minAvailable: 3") }]);
    expect(errors).toEqual([]);
    c.settle();
    expect(statusOf(c)).toMatchObject({ observedGeneration: 2, desiredHealthy: 3, disruptionsAllowed: 0, condition: "DisruptionAllowed=False InsufficientPods" });
  });

  it("a percentage over bare pods cannot be resolved: an UnmanagedPods warning", () => {
    const c = clusterWith(`apiVersion: v1
kind: Pod
metadata: {name: solo, labels: {app: web}}
spec: {containers: [{name: web, image: nginx}]}
---
${budget('maxUnavailable: "50%"')}`);
    expect(statusOf(c)).toMatchObject({ expectedPods: 0, currentHealthy: 1, disruptionsAllowed: 0 });
    expect(c.events().find((e) => e.reason === "UnmanagedPods")?.message).toContain("were found to be unmanaged");
  });
});
