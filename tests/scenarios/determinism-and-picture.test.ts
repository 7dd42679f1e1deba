import { describe, expect, it } from "vitest";
import { gradeScenario } from "@/lib/scenarios";
import { loadScenario, solutionText } from "./helpers";

const IDS = ["expose-web", "config-and-secret", "stateful-db", "survive-node-failure", "daemon-everywhere", "internal-db", "fix-pending", "zero-downtime-rollout", "cross-namespace", "path-routing"];

describe("grading", () => {
  it("gives the same result, picture and events for the same answer and seed", () => {
    for (const id of ["expose-web", "zero-downtime-rollout", "survive-node-failure"]) {
      const scenario = loadScenario(id);
      const answer = [{ file: "a.yaml", text: solutionText(id) }];
      expect(gradeScenario(scenario, answer, { seed: 7 })).toEqual(gradeScenario(scenario, answer, { seed: 7 }));
      expect(gradeScenario(scenario, answer, { seed: 7, freeze: true })).toEqual(gradeScenario(scenario, answer, { seed: 7 }));
    }
  });

  it("passes every reference solution under other seeds too, with stored objects frozen (nothing mutates them)", () => {
    for (const id of IDS) {
      for (const seed of [2, 99]) {
        const result = gradeScenario(loadScenario(id), [{ file: "a.yaml", text: solutionText(id) }], { seed, picture: seed === 2, freeze: true });
        expect({ id, seed, failed: result.checks.filter((c) => !c.passed).map((c) => c.message) }).toEqual({ id, seed, failed: [] });
      }
    }
  });

  it("draws the resulting cluster: nodes with pods, Services with endpoints, Ingress rules", () => {
    const result = gradeScenario(loadScenario("expose-web"), [{ file: "a.yaml", text: solutionText("expose-web") }]);
    const picture = result.objects;
    expect(picture?.nodes.map((n) => [n.name, n.controlPlane, n.pods.length])).toEqual([["control-plane", true, 0], ["worker-1", false, 1], ["worker-2", false, 1], ["worker-3", false, 1]]);
    expect(picture?.nodes[1]?.pods[0]).toMatchObject({ namespace: "default", status: "Running", ready: true, ip: expect.stringMatching(/^10\.244\./) });
    expect(picture?.services).toEqual([expect.objectContaining({ name: "web", type: "ClusterIP", ports: ["80→8080"], notReady: [] })]);
    expect(picture?.services[0]?.ready).toHaveLength(3);
    expect(picture?.ingresses).toEqual([{ namespace: "default", name: "shop", rules: [{ host: "shop.example.com", path: "/", pathType: "Prefix", backend: "web:80" }] }]);
    expect(result.events.some((e) => e.reason === "Scheduled" && e.object.startsWith("pod/web-"))).toBe(true);
  });

  it("keeps each reference grading fast (generous bound for a loaded test machine)", () => {
    const scenario = loadScenario("path-routing");
    const answer = [{ file: "a.yaml", text: solutionText("path-routing") }];
    gradeScenario(scenario, answer);
    const start = performance.now();
    for (let i = 0; i < 5; i += 1) gradeScenario(scenario, answer);
    expect((performance.now() - start) / 5).toBeLessThan(250);
  });
});
