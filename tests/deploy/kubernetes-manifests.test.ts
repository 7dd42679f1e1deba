/**
 * deploy/kubernetes on Kubedeck's own engine: every manifest is admitted as the API server would
 * admit it, the app settles Ready behind its Service, and the disruption budget lets a drain take one
 * pod at a time (the second eviction is refused until the first pod's replacement is Ready).
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { createCluster, type Cluster } from "@/lib/cluster/cluster";
import type { KubeObject } from "@/lib/cluster/object";
import { field } from "../cluster/helpers";

const folder = path.resolve(__dirname, "../../deploy/kubernetes");
const files = readdirSync(folder).filter((name) => name.endsWith(".yaml")).sort();

function deployed(): Cluster {
  const cluster = createCluster({ workers: 3 });
  const result = cluster.apply(files.map((name) => ({ file: `deploy/kubernetes/${name}`, text: readFileSync(path.join(folder, name), "utf8") })));
  expect(result.errors).toEqual([]);
  expect(cluster.settle().stable).toBe(true);
  return cluster;
}

const appPods = (cluster: Cluster) => cluster.list("Pod", "kubedeck").filter((pod) => pod.metadata.labels?.["app.kubernetes.io/name"] === "kubedeck");
const isReady = (pod: KubeObject) =>
  ((field(pod, "status.conditions") as { type: string; status: string }[] | undefined) ?? []).some((c) => c.type === "Ready" && c.status === "True");
const nodeOf = (pod: KubeObject) => String(field(pod, "spec.nodeName"));

describe("deploy/kubernetes", () => {
  it("ships the objects a platform team needs", () => {
    const cluster = deployed();
    const kinds = cluster.userObjects().map((object) => `${object.kind}/${object.metadata.name ?? ""}`);
    for (const expected of [
      "Namespace/kubedeck",
      "Secret/kubedeck",
      "Job/kubedeck-migrate-0-1-0",
      "Deployment/kubedeck",
      "Service/kubedeck",
      "Ingress/kubedeck",
      "PodDisruptionBudget/kubedeck",
      "HorizontalPodAutoscaler/kubedeck",
      "CronJob/kubedeck-backup",
      "PersistentVolumeClaim/kubedeck-backups",
    ]) {
      expect(kinds).toContain(expected);
    }
  });

  it("settles with both app pods Ready on different nodes, behind the Service", () => {
    const cluster = deployed();
    const pods = appPods(cluster);
    expect(pods).toHaveLength(2);
    expect(pods.every(isReady)).toBe(true);
    expect(new Set(pods.map(nodeOf)).size).toBe(2);
    const slices = cluster.list("EndpointSlice", "kubedeck").filter((slice) => slice.metadata.labels?.["kubernetes.io/service-name"] === "kubedeck");
    const ready = slices.flatMap((slice) => (field(slice, "endpoints") as { conditions?: { ready?: boolean } }[] | undefined) ?? []).filter((endpoint) => endpoint.conditions?.ready);
    expect(ready).toHaveLength(2);
    expect(field(cluster.get("PodDisruptionBudget", "kubedeck", "kubedeck"), "status.disruptionsAllowed")).toBe(1);
  });

  it("lets a drain take one pod at a time", () => {
    const cluster = deployed();
    const [first, second] = appPods(cluster);
    if (!first || !second) throw new Error("expected two app pods");
    const evicted = cluster.drain(nodeOf(first));
    expect([...evicted]).toEqual([first.metadata.name]);
    // Draining the second pod's node before the replacement is Ready would leave no pod serving.
    const held = cluster.drain(nodeOf(second));
    expect([...held]).toEqual([]);
    expect(held.refused.map((refusal) => refusal.pod)).toEqual([second.metadata.name]);
    expect(held.refused[0]?.message).toContain("Cannot evict pod as it would violate the pod's disruption budget.");
    expect(cluster.settle().stable).toBe(true);
    const after = appPods(cluster);
    expect(after.map((pod) => pod.metadata.name)).not.toContain(second.metadata.name);
    expect(after.filter(isReady)).toHaveLength(2);
  });
});
