import { describe, it } from "vitest";
import { expectFail, expectPass, grade, solutionText } from "./helpers";

const web = (spec: string, replicas = 3) => `
apiVersion: apps/v1
kind: Deployment
metadata: { name: web }
spec:
  replicas: ${replicas}
  selector: { matchLabels: { app: web } }
  template:
    metadata: { labels: { app: web, tier: front } }
    spec:
${spec}
      containers: [{ name: shop, image: "kubedeck/web:1.0", ports: [{ name: http, containerPort: 8080 }] }]
`;

describe("survive-node-failure", () => {
  it("passes both reference solutions", () => {
    expectPass(grade("survive-node-failure", solutionText("survive-node-failure", 0)));
    expectPass(grade("survive-node-failure", solutionText("survive-node-failure", 1)));
  });

  it("passes required anti-affinity with matchExpressions on another label, and four replicas", () => {
    const spec = `      affinity:
        podAntiAffinity:
          requiredDuringSchedulingIgnoredDuringExecution:
            - labelSelector: { matchExpressions: [{ key: tier, operator: In, values: [front] }] }
              topologyKey: kubernetes.io/hostname`;
    // A fourth replica cannot be placed (three workers), but three ready endpoints survive any failure.
    expectPass(grade("survive-node-failure", web(spec, 4)));
  });

  it("passes a DoNotSchedule spread over zones", () => {
    const spec = `      topologySpreadConstraints:
        - { maxSkew: 1, topologyKey: topology.kubernetes.io/zone, whenUnsatisfiable: DoNotSchedule, labelSelector: { matchLabels: { app: web } } }`;
    expectPass(grade("survive-node-failure", web(spec)));
  });

  it("fails no rule, saying the pods all ran on the failed node and why", () => {
    expectFail(grade("survive-node-failure", web("      {}".replace("{}", "terminationGracePeriodSeconds: 30"))), "survives-each-worker-failure",
      "when node worker-1 failed", "0 ready endpoints", "all 3 pods labelled app=web", "nothing in their spec asks the scheduler to spread them");
  });

  it("fails preferred anti-affinity, explaining that a preference is only a score", () => {
    const spec = `      affinity:
        podAntiAffinity:
          preferredDuringSchedulingIgnoredDuringExecution:
            - weight: 100
              podAffinityTerm: { labelSelector: { matchLabels: { app: web } }, topologyKey: kubernetes.io/hostname }`;
    expectFail(grade("survive-node-failure", web(spec)), "survives-each-worker-failure", "only one score among others", "requiredDuringSchedulingIgnoredDuringExecution");
  });

  it("fails a ScheduleAnyway spread and a single replica", () => {
    const spec = `      topologySpreadConstraints:
        - { maxSkew: 1, topologyKey: kubernetes.io/hostname, whenUnsatisfiable: ScheduleAnyway, labelSelector: { matchLabels: { app: web } } }`;
    expectFail(grade("survive-node-failure", web(spec)), "survives-each-worker-failure", "ScheduleAnyway");
    expectFail(grade("survive-node-failure", web("      terminationGracePeriodSeconds: 30", 1)), "survives-each-worker-failure", "the only one of the pods labelled app=web");
  });
});
