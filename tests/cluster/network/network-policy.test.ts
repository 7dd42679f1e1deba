import { describe, expect, it } from "vitest";
import { simulateRequest, type RequestSource } from "@/lib/cluster/network";
import type { KubeObject } from "@/lib/cluster/object";
import { loadFixture } from "./fixtures";

const cluster = [...loadFixture("cluster.yaml"), ...loadFixture("policies.yaml")];
const NOW = "2026-01-01T01:00:00Z";
const external: RequestSource = { kind: "external" };
const client: RequestSource = { kind: "pod", namespace: "default", name: "client" };
const api: RequestSource = { kind: "pod", namespace: "default", name: "api-6c9d8f7b5-lmnpq" };
const teamAClient: RequestSource = { kind: "pod", namespace: "team-a", name: "client" };
const ask = (objects: readonly KubeObject[], from: RequestSource, url: string) => simulateRequest(objects, { from, url }, NOW);

function policy(name: string, namespace: string, spec: Record<string, unknown>): KubeObject {
  return { apiVersion: "networking.k8s.io/v1", kind: "NetworkPolicy", metadata: { name, namespace }, spec };
}

describe("NetworkPolicy", () => {
  it("lets the ingress controller through to web on its named port", () => {
    const result = ask(cluster, external, "http://shop.example.com/");
    expect(result.answered).toBe(true);
    expect(result.trace.find((h) => h.step === "NetworkPolicy (ingress)")).toEqual({
      step: "NetworkPolicy (ingress)",
      detail: "NetworkPolicy web-from-ingress allows ingress to pod web-5d8f7c9b4-abcde from the ingress controller (ingress-nginx) on TCP 8080",
      ok: true,
    });
  });

  it("names every policy that selects the pod when none allows the source", () => {
    const result = ask(cluster, client, "http://web/");
    expect(result.answered).toBe(false);
    expect(result.trace.at(-1)).toEqual({
      step: "NetworkPolicy (ingress)",
      detail: "NetworkPolicies default-deny-ingress, web-from-ingress (namespace default) select pod web-5d8f7c9b4-abcde and allow no ingress from pod default/client on TCP 8080",
      ok: false,
    });
    expect(result.candidates.map((c) => c.answers)).toEqual([false, false]);
  });

  it("allows by podSelector and matchExpressions, and only on the listed port", () => {
    expect(ask(cluster, api, "db:5432").answered).toBe(true);
    expect(ask(cluster, client, "db:5432").summary).toBe(
      "db:5432 → Service db (headless) → NetworkPolicies db-from-api, default-deny-ingress (namespace default) select pod db-0 and allow no ingress from pod default/client on TCP 5432",
    );
    expect(ask(cluster, api, "db-0.db:5433").summary).toMatch(/allow no ingress from pod default\/api-6c9d8f7b5-lmnpq on TCP 5433$/);
  });

  it("blocks external clients on a node port unless an ipBlock admits them", () => {
    expect(ask(cluster, external, "http://10.0.0.11:30080/").answered).toBe(false);
    const open = [...cluster, policy("web-from-outside", "default", {
      podSelector: { matchLabels: { app: "web" } },
      ingress: [{ from: [{ ipBlock: { cidr: "198.51.100.0/24", except: ["198.51.100.128/25"] } }] }],
    })];
    expect(ask(open, external, "http://10.0.0.11:30080/").answered).toBe(true);
    const excepted = [...cluster, policy("web-from-outside", "default", {
      podSelector: { matchLabels: { app: "web" } },
      ingress: [{ from: [{ ipBlock: { cidr: "198.51.100.0/24", except: ["198.51.100.0/29"] } }] }],
    })];
    expect(ask(excepted, external, "http://10.0.0.11:30080/").answered).toBe(false);
  });

  it("matches namespaceSelector by the namespace's labels", () => {
    const fromTeamA = [...cluster, policy("web-from-team-a", "default", {
      podSelector: { matchLabels: { app: "web" } },
      ingress: [{ from: [{ namespaceSelector: { matchLabels: { team: "a" } } }] }],
    }), policy("dns", "team-a", {
      podSelector: {},
      policyTypes: ["Egress"],
      egress: [{ to: [{ namespaceSelector: {} }] }],
    })];
    expect(ask(fromTeamA, teamAClient, "http://web.default/").answered).toBe(true);
    expect(ask(fromTeamA, client, "http://web/").answered).toBe(false);
  });

  it("checks a pod's egress to the ingress controller", () => {
    expect(ask(cluster, teamAClient, "http://203.0.113.10/").summary).toBe(
      "203.0.113.10/ → NetworkPolicy client-egress (namespace team-a) selects pod client and allows no egress to the ingress controller (ingress-nginx) on TCP 80",
    );
  });

  it("denies DNS to a pod whose egress policy does not allow it", () => {
    expect(ask(cluster, teamAClient, "http://web/").summary).toBe(
      "web/ → NetworkPolicy client-egress (namespace team-a) selects pod client and allows no egress to cluster DNS (kube-system, k8s-app=kube-dns) on UDP 53, so pod client cannot ask cluster DNS for web",
    );
    // By ClusterIP no DNS is needed, and the egress rule admits web pods on 8080.
    expect(ask(cluster, teamAClient, "http://10.96.1.20/").answered).toBe(true);
    const withDns = [...cluster, policy("allow-dns", "team-a", {
      podSelector: {},
      policyTypes: ["Egress"],
      egress: [{
        to: [{ namespaceSelector: { matchLabels: { "kubernetes.io/metadata.name": "kube-system" } }, podSelector: { matchLabels: { "k8s-app": "kube-dns" } } }],
        ports: [{ port: 53, protocol: "UDP" }],
      }],
    })];
    expect(ask(withDns, teamAClient, "http://web/").answered).toBe(true);
    // Egress to the db port is still not allowed.
    expect(ask(withDns, teamAClient, "db.default:5432").summary).toBe(
      "db.default:5432 → Service db (headless) → NetworkPolicies allow-dns, client-egress (namespace team-a) select pod client and allow no egress to pod default/db-0 on TCP 5432",
    );
  });
});
