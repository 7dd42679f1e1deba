import { describe, expect, it } from "vitest";
import { buildEndpointSlices, externalEntryPoints, externalExposure, serviceEndpointStatus, simulateRequest } from "@/lib/cluster/network";
import type { KubeObject } from "@/lib/cluster/object";
import { find, loadFixture, withChange } from "./fixtures";

const cluster = loadFixture("cluster.yaml");
const NOW = "2026-01-01T01:00:00Z";

describe("externalEntryPoints", () => {
  it("lists every Ingress path, node port and load balancer", () => {
    expect(externalEntryPoints(cluster).map((e) => [e.via, e.description, e.request.url])).toEqual([
      ["Ingress", "Ingress shop: host shop.example.com, path /api (Prefix)", "http://shop.example.com/api"],
      ["Ingress", "Ingress shop: host shop.example.com, path / (Prefix)", "http://shop.example.com/"],
      ["NodePort", "NodePort 30080 of Service default/web-np", "tcp://10.0.0.10:30080"],
      ["NodePort", "NodePort 30081 of Service default/web-lb", "tcp://10.0.0.10:30081"],
      ["LoadBalancer", "LoadBalancer 203.0.113.50:80 of Service default/web-lb", "tcp://203.0.113.50:80"],
    ]);
  });

  it("shows which pods are reachable from outside (internal-db: db must not be)", () => {
    const reached = (objects: readonly KubeObject[]): string[] =>
      [...new Set(externalExposure(objects, NOW).flatMap(({ result }) => result.candidates.filter((c) => c.answers).map((c) => c.pod)))].sort();
    expect(reached(cluster)).toEqual(["api-6c9d8f7b5-lmnpq", "web-5d8f7c9b4-abcde", "web-5d8f7c9b4-fghjk"]);
    const exposedDb = withChange(cluster, "Service", "db", (s) => {
      s.spec = { type: "NodePort", clusterIP: "10.96.0.30", selector: { app: "db" }, ports: [{ port: 5432, targetPort: 5432, nodePort: 30432, protocol: "TCP" }] };
    });
    expect(reached(exposedDb)).toContain("db-0");
  });
});

describe("serviceEndpointStatus", () => {
  it("lists ready endpoints, or explains their absence", () => {
    expect(serviceEndpointStatus(cluster, "default", "web").ready.map((e) => e.pod)).toEqual(["web-5d8f7c9b4-abcde", "web-5d8f7c9b4-fghjk"]);
    const status = serviceEndpointStatus(loadFixture("troubled.yaml"), "default", "web");
    expect(status.ready).toEqual([]);
    expect(status.notReady.map((e) => e.pod)).toEqual(["web-5d8f7c9b4-abcde"]);
    expect(status.explanation).toMatch(/^the selector app=web matches 1 pod but none is ready/);
    expect(serviceEndpointStatus(cluster, "default", "nope").found).toBe(false);
  });
});

describe("externalTrafficPolicy: Local", () => {
  it("answers a node port only on nodes that run a ready endpoint", () => {
    const local = withChange(cluster, "Service", "web-np", (s) => { s.spec = { ...(s.spec as object), externalTrafficPolicy: "Local" }; });
    const ask = (ip: string) => simulateRequest(local, { from: { kind: "external" }, url: `http://${ip}:30080/` }, NOW);
    expect(ask("10.0.0.11").answeredBy?.pod).toBe("web-5d8f7c9b4-abcde");
    expect(ask("10.0.0.12").answeredBy?.pod).toBe("web-5d8f7c9b4-fghjk");
    expect(ask("10.0.0.13").summary).toBe(
      "10.0.0.13:30080/ → NodePort 30080 → Service web-np:80 → Service web-np has externalTrafficPolicy: Local and node worker-3 runs none of its ready endpoints, so the node drops the request",
    );
  });
});

describe("invariants", () => {
  it("gives the same slices whatever the order of the pods", () => {
    const objects = loadFixture("endpoints.yaml");
    const pods = objects.filter((o) => o.kind === "Pod");
    const nodes = objects.filter((o) => o.kind === "Node");
    const service = find(objects, "Service", "web");
    expect(buildEndpointSlices(service, [...pods].reverse(), nodes, "s")).toEqual(buildEndpointSlices(service, pods, nodes, "s"));
  });

  it("keeps a slice's name when a pod with other ports joins", () => {
    const objects = loadFixture("endpoints.yaml");
    const nodes = objects.filter((o) => o.kind === "Node");
    const service = find(objects, "Service", "web");
    const onlyA = objects.filter((o) => o.kind === "Pod" && o.metadata.name === "web-a");
    const withB = objects.filter((o) => o.kind === "Pod" && (o.metadata.name === "web-a" || o.metadata.name === "web-b"));
    const before = buildEndpointSlices(service, onlyA, nodes, "s").map((s) => s.metadata.name);
    const after = buildEndpointSlices(service, withB, nodes, "s").map((s) => s.metadata.name);
    expect(after).toHaveLength(2);
    expect(after).toContain(before[0]);
  });

  it("does not change the objects it is given", () => {
    const objects = [...loadFixture("cluster.yaml"), ...loadFixture("policies.yaml")];
    const copy = structuredClone(objects);
    simulateRequest(objects, { from: { kind: "external" }, url: "http://shop.example.com/api" }, NOW, "seed");
    simulateRequest(objects, { from: { kind: "pod", namespace: "team-a", name: "client" }, url: "http://web.default/" }, NOW);
    expect(objects).toEqual(copy);
  });
});
