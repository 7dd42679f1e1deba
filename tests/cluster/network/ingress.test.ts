import { describe, expect, it } from "vitest";
import { hostMatches, ingressControllerView, pathMatches, simulateRequest } from "@/lib/cluster/network";
import type { KubeObject } from "@/lib/cluster/object";
import { loadFixture, withChange } from "./fixtures";

const cluster = loadFixture("cluster.yaml");
const NOW = "2026-01-01T01:00:00Z";
const external = { kind: "external" } as const;

function ingress(name: string, spec: Record<string, unknown>, extra: Partial<KubeObject["metadata"]> = {}): KubeObject {
  return {
    apiVersion: "networking.k8s.io/v1",
    kind: "Ingress",
    metadata: { name, namespace: "default", creationTimestamp: "2026-01-01T00:00:05Z", ...extra },
    spec,
  };
}
const withoutShop = cluster.filter((o) => !(o.kind === "Ingress" && o.metadata.name === "shop"));
const answeredBy = (objects: readonly KubeObject[], url: string): string | undefined =>
  simulateRequest(objects, { from: external, url }, NOW).answeredBy?.pod.replace(/-[a-z0-9]+-[a-z0-9]+$/, "");

describe("Ingress path and host matching", () => {
  it.each([
    ["/api", "Prefix", "/api", true],
    ["/api", "Prefix", "/api/", true],
    ["/api", "Prefix", "/api/x", true],
    ["/api", "Prefix", "/apiary", false],
    ["/api/", "Prefix", "/api", true],
    ["/", "Prefix", "/anything/at/all", true],
    ["/api", "Exact", "/api", true],
    ["/api", "Exact", "/api/", false],
    ["/api", "Exact", "/api/x", false],
    ["/api", "ImplementationSpecific", "/api/x", true],
    ["/api", "ImplementationSpecific", "/apiary", false],
  ])("%s (%s) against %s → %s", (rule, type, path, expected) => {
    expect(pathMatches(rule, type, path)).toBe(expected);
  });

  it.each([
    ["*.example.com", "shop.example.com", true],
    ["*.example.com", "a.b.example.com", false],
    ["*.example.com", "example.com", false],
    ["shop.example.com", "shop.example.com", true],
    ["shop.example.com", "api.example.com", false],
  ])("host %s against %s → %s", (rule, host, expected) => {
    expect(hostMatches(rule, host)).toBe(expected);
  });
});

describe("ingressControllerView", () => {
  it("serves Ingresses of its class and those with no class through the default class", () => {
    const objects = [
      ...cluster,
      ingress("no-class", { rules: [{ host: "a.example.com", http: { paths: [] } }] }),
      ingress("traefik", { ingressClassName: "traefik", rules: [] }),
      ingress("ghost", { ingressClassName: "haproxy", rules: [] }),
      { apiVersion: "networking.k8s.io/v1", kind: "IngressClass", metadata: { name: "traefik" }, spec: { controller: "traefik.io/ingress-controller" } },
    ];
    const view = ingressControllerView(objects);
    expect(view.classes).toEqual(["nginx"]);
    expect(view.defaultClass).toBe("nginx");
    expect(view.served.map((s) => [s.name, s.className])).toEqual([["shop", "nginx"], ["no-class", "nginx"]]);
    expect(view.served[0]?.status).toEqual({ loadBalancer: { ingress: [{ ip: "203.0.113.10" }] } });
    expect(view.ignored).toEqual([
      { namespace: "default", name: "ghost", reason: "IngressClass haproxy does not exist" },
      {
        namespace: "default",
        name: "traefik",
        reason: "IngressClass traefik belongs to controller traefik.io/ingress-controller, which does not run in this cluster (the ingress controller here is k8s.io/ingress-nginx)",
      },
    ]);
  });

  it("ignores class-less Ingresses when no class is the default", () => {
    const objects = withChange(cluster, "IngressClass", "nginx", (c) => { c.metadata.annotations = {}; });
    const view = ingressControllerView([...objects, ingress("no-class", { rules: [] })]);
    expect(view.defaultClass).toBeUndefined();
    expect(view.ignored).toEqual([
      { namespace: "default", name: "no-class", reason: "it names no ingressClassName and the cluster has no default IngressClass" },
    ]);
  });
});

describe("routing through the ingress controller", () => {
  it("sends /api and everything under /api/ to api, /apiary and /about to web", () => {
    expect(answeredBy(cluster, "http://shop.example.com/api")).toBe("api");
    expect(answeredBy(cluster, "http://shop.example.com/api/orders/7?x=1")).toBe("api");
    expect(answeredBy(cluster, "http://shop.example.com/apiary")).toBe("web");
    expect(answeredBy(cluster, "http://shop.example.com/about")).toBe("web");
  });

  it("lets Exact /api catch only /api itself", () => {
    const exact = withChange(cluster, "Ingress", "shop", (o) => {
      const spec = o.spec as { rules: { http: { paths: { pathType: string }[] } }[] };
      const first = spec.rules[0]?.http.paths[0];
      if (first) first.pathType = "Exact";
    });
    expect(answeredBy(exact, "http://shop.example.com/api")).toBe("api");
    expect(answeredBy(exact, "http://shop.example.com/api/orders")).toBe("web");
  });

  it("prefers Exact over Prefix at the same length, and the longest path", () => {
    const objects = [...withoutShop, ingress("both", {
      rules: [{ host: "shop.example.com", http: { paths: [
        { path: "/api", pathType: "Prefix", backend: { service: { name: "web", port: { number: 80 } } } },
        { path: "/api", pathType: "Exact", backend: { service: { name: "api", port: { number: 3000 } } } },
        { path: "/api/v2", pathType: "Prefix", backend: { service: { name: "api", port: { number: 3000 } } } },
      ] } }],
    })];
    expect(answeredBy(objects, "http://shop.example.com/api")).toBe("api");
    expect(answeredBy(objects, "http://shop.example.com/api/v1")).toBe("web");
    expect(answeredBy(objects, "http://shop.example.com/api/v2/x")).toBe("api");
  });

  it("matches a one-label wildcard host and rules without host", () => {
    const objects = [...withoutShop, ingress("wild", {
      rules: [
        { host: "*.example.com", http: { paths: [{ path: "/", pathType: "Prefix", backend: { service: { name: "api", port: { number: 3000 } } } }] } },
        { http: { paths: [{ path: "/", pathType: "Prefix", backend: { service: { name: "web", port: { number: 80 } } } }] } },
      ],
    })];
    expect(answeredBy(objects, "http://shop.example.com/")).toBe("api");
    expect(answeredBy(objects, "http://a.b.example.com/")).toBe("web");
    expect(answeredBy(objects, "http://203.0.113.10/")).toBe("web");
  });

  it("uses spec.defaultBackend when no rule matches", () => {
    const objects = [...withoutShop, ingress("fallback", { defaultBackend: { service: { name: "web", port: { number: 80 } } } })];
    const result = simulateRequest(objects, { from: external, url: "http://anything.example.com/x" }, NOW);
    expect(result.answered).toBe(true);
    expect(result.trace.find((h) => h.step === "Ingress fallback")?.detail).toBe("defaultBackend → Service web:80");
  });

  it("answers 404 for a host without rule and for a path without match", () => {
    const noHost = simulateRequest(cluster, { from: external, url: "http://blog.example.com/" }, NOW);
    expect(noHost.answered).toBe(false);
    expect(noHost.summary).toBe("blog.example.com/ → no Ingress rule for host blog.example.com");
    const objects = [...withoutShop, ingress("only-api", {
      rules: [{ host: "shop.example.com", http: { paths: [{ path: "/api", pathType: "Exact", backend: { service: { name: "api", port: { number: 3000 } } } }] } }],
    })];
    expect(simulateRequest(objects, { from: external, url: "http://shop.example.com/" }, NOW).summary).toBe(
      "shop.example.com/ → no path of Ingress only-api for host shop.example.com matches / (paths: /api (Exact)): the controller answers 404",
    );
  });

  it("says why an Ingress of an unknown class is not served", () => {
    const objects = withChange(cluster, "Ingress", "shop", (o) => { o.spec = { ...(o.spec as object), ingressClassName: "traefik" }; });
    expect(simulateRequest(objects, { from: external, url: "http://shop.example.com/" }, NOW).summary).toBe(
      "shop.example.com/ → no Ingress rule for host shop.example.com (Ingress shop is not served: IngressClass traefik does not exist)",
    );
  });

  it("rejects a backend port the Service does not have", () => {
    const objects = withChange(cluster, "Ingress", "shop", (o) => {
      const spec = o.spec as { rules: { http: { paths: { backend: unknown }[] } }[] };
      const root = spec.rules[0]?.http.paths[1];
      if (root) root.backend = { service: { name: "web", port: { number: 8080 } } };
    });
    const result = simulateRequest(objects, { from: external, url: "http://shop.example.com/" }, NOW);
    expect(result.answered).toBe(false);
    expect(result.summary).toBe('shop.example.com/ → Ingress shop → service "web" has no port 8080; its ports are 80 (http)');
    expect(result.trace.at(-1)).toEqual({
      step: "Ingress shop",
      detail: 'host shop.example.com, path / (Prefix) → Service web:8080: service "web" has no port 8080; its ports are 80 (http)',
      ok: false,
    });
  });

  it("names a backend Service that does not exist", () => {
    const objects = cluster.filter((o) => !(o.kind === "Service" && o.metadata.name === "api"));
    expect(simulateRequest(objects, { from: external, url: "http://shop.example.com/api" }, NOW).summary).toBe(
      'shop.example.com/api → Ingress shop → service "api" not found in namespace default',
    );
  });

  it("needs an ingress controller", () => {
    const objects = cluster.filter((o) => o.kind !== "IngressClass");
    expect(simulateRequest(objects, { from: external, url: "http://shop.example.com/" }, NOW).summary).toBe(
      "shop.example.com/ → no ingress controller serves this cluster: there is no IngressClass with controller k8s.io/ingress-nginx",
    );
  });
});
