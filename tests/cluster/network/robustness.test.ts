/** Objects as loose as the store may hold them mid-reconcile: the network layer reads, never throws. */
import { describe, expect, it } from "vitest";
import { buildEndpointSlices, ingressControllerView, resolveDns, simulateRequest } from "@/lib/cluster/network";
import type { KubeObject } from "@/lib/cluster/object";

const odd: KubeObject[] = [
  { apiVersion: "v1", kind: "Service", metadata: { name: "a" }, spec: "not an object" },
  { apiVersion: "v1", kind: "Service", metadata: { name: "b" }, spec: { selector: { app: 1 }, ports: "80", clusterIP: 7 } },
  { apiVersion: "v1", kind: "Service", metadata: { name: "c" }, spec: { selector: { app: "c" }, ports: [{ port: "80" }, null, { port: 81, targetPort: "" }] } },
  { apiVersion: "v1", kind: "Pod", metadata: { name: "p", labels: { app: "c" } }, spec: { containers: "none" }, status: 5 },
  { apiVersion: "v1", kind: "Pod", metadata: { labels: { app: "c" } }, spec: { containers: [null, { image: 3 }] }, status: { podIP: "10.244.9.9", phase: "Running", conditions: [null] } },
  { apiVersion: "v1", kind: "Node", metadata: {}, status: { addresses: [null, { type: "InternalIP" }] } },
  { apiVersion: "networking.k8s.io/v1", kind: "Ingress", metadata: { name: "i" }, spec: { rules: [null, { host: 5, http: { paths: [{ backend: {} }] } }] } },
  { apiVersion: "networking.k8s.io/v1", kind: "IngressClass", metadata: { name: "nginx", annotations: { "ingressclass.kubernetes.io/is-default-class": "true" } }, spec: { controller: "k8s.io/ingress-nginx" } },
  { apiVersion: "networking.k8s.io/v1", kind: "NetworkPolicy", metadata: { name: "n" }, spec: { podSelector: "x", ingress: [{ from: [null, { ipBlock: { cidr: "nonsense" } }], ports: [{ port: {} }] }] } },
];

describe("loose objects", () => {
  it("never throws, and still answers what it can", () => {
    for (const service of odd.filter((o) => o.kind === "Service")) {
      expect(() => buildEndpointSlices(service, odd, odd, "s")).not.toThrow();
    }
    expect(() => ingressControllerView(odd)).not.toThrow();
    for (const name of ["a", "b.default", "c", "x.y.z.svc.cluster.local", "", ".", "10-244-9-9.default.pod.cluster.local"]) {
      expect(() => resolveDns(name, "default", odd)).not.toThrow();
    }
    const urls = ["http://c/", "tcp://10.244.9.9:80", "http://shop.example.com/", "http://203.0.113.10/", "http://:80/", "tcp://c:99999", "http://c:0/"];
    for (const url of urls) {
      for (const from of [{ kind: "external" }, { kind: "pod", namespace: "default", name: "p" }, { kind: "node", name: "" }] as const) {
        const result = simulateRequest(odd, { from, url }, "2026-01-01T00:00:00Z", "s");
        expect(result.summary.length).toBeGreaterThan(0);
        expect(result.trace.length).toBeGreaterThan(0);
      }
    }
  });
});
