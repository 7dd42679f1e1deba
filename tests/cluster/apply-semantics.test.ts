/** kubectl apply semantics: re-declaring replaces what you declare and keeps what the cluster set. */
import { describe, expect, it } from "vitest";
import { createCluster } from "@/lib/cluster/cluster";
import { field } from "./helpers";

const svc = (port: number, labels: string): string => `apiVersion: v1
kind: Service
metadata: {name: web, labels: {${labels}}}
spec:
  type: NodePort
  selector: {app: web}
  ports: [{port: ${port}, targetPort: 8080}]
`;

describe("apply", () => {
  it("keeps the allocated cluster IP, replaces declared fields, drops a removed label", () => {
    const c = createCluster();
    c.apply([{ file: "a.yaml", text: svc(80, "app: web, tier: front") }]);
    c.settle();
    const first = c.get("Service", "default", "web");
    c.apply([{ file: "a.yaml", text: svc(8080, "app: web") }]);
    c.settle();
    const second = c.get("Service", "default", "web");
    expect(field(second, "spec.clusterIP")).toBe(field(first, "spec.clusterIP"));
    expect(field(second, "spec.ports.0.port")).toBe(8080);
    expect(second?.metadata.labels).toEqual({ app: "web" });
    expect(second?.metadata.uid).toBe(first?.metadata.uid);
  });

  it("counts a Namespace created earlier in the same apply, and reports unchanged re-declarations without writes", () => {
    const c = createCluster();
    const text = "apiVersion: v1\nkind: Namespace\nmetadata: {name: team-a}\n---\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: x, namespace: team-a}\ndata: {a: b}\n";
    expect(c.apply([{ file: "a.yaml", text }]).errors).toEqual([]);
    const rv = c.resourceVersion;
    expect(c.apply([{ file: "a.yaml", text }]).accepted).toHaveLength(2);
    expect(c.resourceVersion).toBe(rv);
  });

  it("bumps generation on spec changes only", () => {
    const c = createCluster();
    const dep = (replicas: number, note: string) => `apiVersion: apps/v1
kind: Deployment
metadata: {name: d, annotations: {note: "${note}"}}
spec:
  replicas: ${replicas}
  selector: {matchLabels: {app: d}}
  template:
    metadata: {labels: {app: d}}
    spec: {containers: [{name: d, image: nginx}]}
`;
    c.apply([{ file: "d.yaml", text: dep(1, "a") }]);
    c.settle();
    expect(c.get("Deployment", "default", "d")?.metadata.generation).toBe(1);
    c.apply([{ file: "d.yaml", text: dep(1, "b") }]);
    expect(c.get("Deployment", "default", "d")?.metadata.generation).toBe(1);
    c.apply([{ file: "d.yaml", text: dep(2, "b") }]);
    c.settle();
    expect(c.get("Deployment", "default", "d")?.metadata.generation).toBe(2);
    expect(field(c.get("Deployment", "default", "d"), "status.observedGeneration")).toBe(2);
  });
});
