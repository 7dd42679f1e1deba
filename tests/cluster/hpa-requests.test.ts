/**
 * CPU utilisation is a share of the CPU request: when a target pod's container requests no CPU the
 * HPA cannot compute it — ScalingActive False (FailedGetResourceMetric), Warning events
 * FailedGetResourceMetric and FailedComputeMetricsReplicas, and no scaling — as a real HPA does.
 */
import { describe, expect, it } from "vitest";
import type { Cluster } from "@/lib/cluster/cluster";
import { clusterWith, field } from "./helpers";

/** The php-apache pods of the Kubernetes HPA walkthrough, as `spec.template`; `resources` is their container's resources line. */
const phpApacheTemplate = (resources: string) => `  template:
    metadata: {labels: {run: php-apache}}
    spec:
      containers:
      - name: php-apache
        image: registry.k8s.io/hpa-example
${resources}`;

/** An HPA keeping the target's CPU at 50% of its request, with 1–5 replicas. */
const hpaFor = (apiVersion: string, kind: string) => `apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata: {name: php-apache}
spec:
  scaleTargetRef: {apiVersion: ${apiVersion}, kind: ${kind}, name: php-apache}
  minReplicas: 1
  maxReplicas: 5
  metrics:
  - type: Resource
    resource: {name: cpu, target: {type: Utilization, averageUtilization: 50}}
`;

const target = (resources: string) => `apiVersion: apps/v1
kind: Deployment
metadata: {name: php-apache}
spec:
  replicas: 1
  selector: {matchLabels: {run: php-apache}}
${phpApacheTemplate(resources)}
---
${hpaFor("apps/v1", "Deployment")}`;

const condition = (c: Cluster, type: string) =>
  (field(c.get("HorizontalPodAutoscaler", "default", "php-apache"), "status.conditions") as Record<string, unknown>[]).find((x) => x.type === type);
const replicas = (c: Cluster) => field(c.get("Deployment", "default", "php-apache"), "spec.replicas");

describe("HPA and CPU requests", () => {
  it("a container without a CPU request: ScalingActive False, FailedGetResourceMetric, no scaling", () => {
    const c = clusterWith(target(""));
    c.setLoad("default", "Deployment", "php-apache", 150);
    c.settle();
    const pod = c.list("Pod", "default")[0]?.metadata.name ?? "";
    const error = `failed to get cpu utilization: missing request for cpu in container php-apache of Pod ${pod}`;
    expect(condition(c, "ScalingActive")).toMatchObject({ status: "False", reason: "FailedGetResourceMetric", message: `the HPA was unable to compute the replica count: ${error}` });
    expect(condition(c, "AbleToScale")).toMatchObject({ status: "True", reason: "SucceededGetScale" });
    const warnings = c.events().filter((e) => e.involvedObject.kind === "HorizontalPodAutoscaler" && e.type === "Warning");
    expect(warnings.find((e) => e.reason === "FailedGetResourceMetric" && e.message === error)).toBeDefined();
    expect(warnings.find((e) => e.reason === "FailedComputeMetricsReplicas")?.message).toBe(`invalid metrics (1 invalid out of 1), first error is: ${error}`);
    expect(replicas(c)).toBe(1);
    expect(field(c.get("HorizontalPodAutoscaler", "default", "php-apache"), "status.currentMetrics")).toBeUndefined();
    expect(c.events().some((e) => e.reason === "SuccessfulRescale")).toBe(false);
  });

  it("with a CPU request it scales", () => {
    const c = clusterWith(target("        resources: {requests: {cpu: 200m}}"));
    c.setLoad("default", "Deployment", "php-apache", 150);
    c.settle();
    expect(condition(c, "ScalingActive")).toMatchObject({ status: "True", reason: "ValidMetricFound" });
    // ceil(1 × 150 / 50) = 3 first (the simulated load stays at 150 %, so it goes on to the maximum).
    expect(c.events().find((e) => e.reason === "SuccessfulRescale")?.message).toBe("New size: 3; reason: cpu resource utilization (percentage of request) above target");
    expect(replicas(c)).toBe(5);
  });

  it("a CPU limit alone counts, as the API server defaults the request from it", () => {
    const c = clusterWith(target("        resources: {limits: {cpu: 500m}}"));
    c.setLoad("default", "Deployment", "php-apache", 150);
    c.settle();
    expect(condition(c, "ScalingActive")).toMatchObject({ status: "True" });
    expect(replicas(c)).toBe(5);
  });

  it("adding the request (a rollout) lets the HPA scale again", () => {
    const c = clusterWith(target(""));
    c.setLoad("default", "Deployment", "php-apache", 150);
    c.settle();
    const { errors } = c.apply([{ file: "fixed.yaml", text: target("        resources: {requests: {cpu: 200m}}") }]);
    expect(errors).toEqual([]);
    c.settle();
    expect(condition(c, "ScalingActive")).toMatchObject({ status: "True", reason: "ValidMetricFound" });
    expect(replicas(c)).toBe(5);
  });

  it("a ReplicationController target counts only its own pods (its selector is a plain label map)", () => {
    const c = clusterWith(`apiVersion: v1
kind: ReplicationController
metadata: {name: php-apache}
spec:
  replicas: 1
  selector: {run: php-apache}
${phpApacheTemplate("        resources: {requests: {cpu: 200m}}")}
---
apiVersion: v1
kind: Pod
metadata: {name: unrelated, labels: {app: other}}
spec: {containers: [{name: other, image: nginx}]}
---
${hpaFor("v1", "ReplicationController")}`);
    c.setLoad("default", "ReplicationController", "php-apache", 150);
    c.settle();
    expect(c.events().some((e) => e.message.includes("missing request for cpu"))).toBe(false);
    expect(field(c.get("ReplicationController", "default", "php-apache"), "spec.replicas")).toBeGreaterThan(1);
  });
});
