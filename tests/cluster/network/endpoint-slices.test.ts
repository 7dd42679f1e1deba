import { describe, expect, it } from "vitest";
import { buildEndpointSlices } from "@/lib/cluster/network";
import { nodeZones } from "@/lib/cluster/network/endpoint-slices";
import type { KubeObject } from "@/lib/cluster/object";
import { find, loadFixture } from "./fixtures";

const objects = loadFixture("endpoints.yaml");
const pods = objects.filter((o) => o.kind === "Pod");
const nodes = objects.filter((o) => o.kind === "Node");

function endpointsOf(slice: KubeObject | undefined): { name: string; ip: string; ready: boolean; serving: boolean; terminating: boolean }[] {
  const list = (slice?.endpoints ?? []) as { addresses: string[]; conditions: { ready: boolean; serving: boolean; terminating: boolean }; targetRef: { name: string } }[];
  return list.map((e) => ({ name: e.targetRef.name, ip: e.addresses[0] ?? "", ...e.conditions }));
}

describe("buildEndpointSlices", () => {
  it("publishes selected pods with an IP, resolving the named targetPort per pod", () => {
    const slices = buildEndpointSlices(find(objects, "Service", "web"), pods, nodes, "seed-1");
    // web-a resolves http→8080, web-b http→9090: different port sets go to different slices.
    expect(slices).toHaveLength(2);
    const [first, second] = slices;
    expect(first?.ports).toEqual([{ name: "http", port: 8080, protocol: "TCP" }]);
    expect(endpointsOf(first)).toEqual([
      { name: "web-a", ip: "10.244.1.10", ready: true, serving: true, terminating: false },
      { name: "web-e", ip: "10.244.1.13", ready: false, serving: true, terminating: true },
    ]);
    expect(second?.ports).toEqual([{ name: "http", port: 9090, protocol: "TCP" }]);
    expect(endpointsOf(second)).toEqual([
      { name: "web-b", ip: "10.244.1.11", ready: false, serving: false, terminating: false },
    ]);
    // web-c declares no port named http, web-d has no IP, web-f is Failed, web-x is in team-a.
  });

  it("carries the metadata the controller sets: name, labels, owner, node and zone", () => {
    const [slice] = buildEndpointSlices(find(objects, "Service", "web"), pods, nodes, "seed-1");
    expect(slice?.metadata.name).toMatch(/^web-[bcdfghjklmnpqrstvwxz2456789]{5}$/);
    expect(slice?.metadata.namespace).toBe("default");
    expect(slice?.metadata.labels).toEqual({
      tier: "front",
      "kubernetes.io/service-name": "web",
      "endpointslice.kubernetes.io/managed-by": "endpointslice-controller.k8s.io",
    });
    expect(slice?.metadata.ownerReferences).toEqual([
      { apiVersion: "v1", kind: "Service", name: "web", uid: "svc-web-uid", controller: true, blockOwnerDeletion: true },
    ]);
    expect(slice?.addressType).toBe("IPv4");
    const endpoints = slice?.endpoints as Record<string, unknown>[];
    expect(endpoints[0]).toEqual({
      addresses: ["10.244.1.10"],
      conditions: { ready: true, serving: true, terminating: false },
      nodeName: "worker-1",
      targetRef: { kind: "Pod", namespace: "default", name: "web-a", uid: "pod-web-a" },
      zone: "zone-a",
    });
  });

  it("builds the same slices from the nodes' zones read beforehand (as the controller keeps them)", () => {
    const service = find(objects, "Service", "web");
    expect(buildEndpointSlices(service, pods, nodeZones(nodes), "seed-1")).toEqual(buildEndpointSlices(service, pods, nodes, "seed-1"));
  });

  it("names slices deterministically from the seed", () => {
    const service = find(objects, "Service", "web");
    const names = (seed: string): (string | undefined)[] => buildEndpointSlices(service, pods, nodes, seed).map((s) => s.metadata.name);
    expect(names("seed-1")).toEqual(names("seed-1"));
    expect(names("seed-1")).not.toEqual(names("seed-2"));
    expect(new Set(names("seed-1")).size).toBe(2);
  });

  it("gives a Service without selector no slices", () => {
    expect(buildEndpointSlices(find(objects, "Service", "manual"), pods, nodes, "s")).toEqual([]);
  });

  it("marks not-ready pods ready when publishNotReadyAddresses is set", () => {
    const slices = buildEndpointSlices(find(objects, "Service", "web-all"), pods, nodes, "s");
    expect(slices).toHaveLength(1);
    expect(slices[0]?.metadata.labels?.["service.kubernetes.io/headless"]).toBe("");
    expect(endpointsOf(slices[0]).map((e) => [e.name, e.ready])).toEqual([
      ["web-a", true], ["web-b", true], ["web-c", true], ["web-e", true],
    ]);
  });

  it("keeps one empty slice when the selector matches nothing", () => {
    const service = structuredClone(find(objects, "Service", "web"));
    service.spec = { ...(service.spec as object), selector: { app: "nothing" } };
    const slices = buildEndpointSlices(service, pods, nodes, "s");
    expect(slices).toHaveLength(1);
    expect(slices[0]?.endpoints).toEqual([]);
  });

  it("splits more than 100 endpoints over several slices", () => {
    const many: KubeObject[] = Array.from({ length: 150 }, (_, i) => ({
      apiVersion: "v1",
      kind: "Pod",
      metadata: { name: `p-${String(i).padStart(3, "0")}`, namespace: "default", labels: { app: "web" } },
      spec: { containers: [{ name: "c", image: "nginx", ports: [{ name: "http", containerPort: 8080, protocol: "TCP" }] }] },
      status: { phase: "Running", podIP: `10.244.9.${i}`, conditions: [{ type: "Ready", status: "True" }] },
    }));
    const slices = buildEndpointSlices(find(objects, "Service", "web"), many, nodes, "s");
    expect(slices.map((s) => (s.endpoints as unknown[]).length)).toEqual([100, 50]);
  });
});
