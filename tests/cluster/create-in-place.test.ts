import { describe, expect, it } from "vitest";
import type { KubeObject } from "@/lib/cluster/object";
import { clusterWith, deploymentYaml, pods } from "./helpers";

const DEPLOYMENT = deploymentYaml("web", 2);

describe("create writes into its own copies", () => {
  it("stores controller-made pods frozen all the way down", () => {
    const c = clusterWith(DEPLOYMENT);
    const made = pods(c);
    expect(made).toHaveLength(2);
    for (const p of made) {
      expect(Object.isFrozen(p) && Object.isFrozen(p.metadata) && Object.isFrozen(p.spec) && Object.isFrozen(p.status)).toBe(true);
      expect(Object.keys(p.metadata)).toEqual(["generateName", "namespace", "labels", "ownerReferences", "name", "uid", "creationTimestamp", "generation", "resourceVersion"]);
    }
  });

  it("leaves the caller's object as it was", () => {
    const c = clusterWith("");
    const input: KubeObject = { apiVersion: "v1", kind: "Pod", metadata: { name: "solo", namespace: "default", resourceVersion: "7" }, spec: { containers: [{ name: "a", image: "nginx" }] } };
    const [stored] = c.applyObjects([input]);
    expect(input.metadata).toEqual({ name: "solo", namespace: "default", resourceVersion: "7" });
    expect(Object.isFrozen(input) || Object.isFrozen(input.metadata) || Object.isFrozen(input.spec)).toBe(false);
    expect(input.spec).not.toHaveProperty("serviceAccountName");
    expect(stored?.spec).toMatchObject({ serviceAccountName: "default" });
    expect(stored?.metadata.resourceVersion).not.toBe("7");
  });
});
