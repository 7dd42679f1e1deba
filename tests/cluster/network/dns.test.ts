import { describe, expect, it } from "vitest";
import { resolveDns } from "@/lib/cluster/network";
import { loadFixture, withChange } from "./fixtures";

const cluster = loadFixture("cluster.yaml");

describe("resolveDns", () => {
  it.each([
    ["web", "default"],
    ["web.default", "default"],
    ["web.default.svc", "default"],
    ["web.default.svc.cluster.local", "default"],
    ["web.default.svc.cluster.local.", "team-a"],
  ])("resolves %s from %s to the ClusterIP", (name, from) => {
    const answer = resolveDns(name, from, cluster);
    expect(answer.type).toBe("A");
    expect(answer.addresses).toEqual(["10.96.0.20"]);
    expect(answer.fqdn).toBe("web.default.svc.cluster.local");
    expect(answer.target).toEqual({ kind: "Service", namespace: "default", name: "web", headless: false });
  });

  it("resolves a short name within the asking pod's namespace", () => {
    expect(resolveDns("web", "team-a", cluster).addresses).toEqual(["10.96.1.20"]);
  });

  it("follows the search path in order", () => {
    expect(resolveDns("web.team-a", "default", cluster).tried).toEqual([
      "web.team-a.default.svc.cluster.local",
      "web.team-a.svc.cluster.local",
    ]);
  });

  it("answers a headless Service with the ready pods' IPs", () => {
    const answer = resolveDns("db", "default", cluster);
    expect(answer).toMatchObject({ type: "A", addresses: ["10.244.1.20"], target: { kind: "Service", headless: true } });
  });

  it("gives StatefulSet pods stable names through their headless Service", () => {
    for (const name of ["db-0.db", "db-0.db.default", "db-0.db.default.svc.cluster.local"]) {
      const answer = resolveDns(name, "default", cluster);
      expect(answer.addresses).toEqual(["10.244.1.20"]);
      expect(answer.target).toEqual({ kind: "Pod", namespace: "default", name: "db-0" });
    }
  });

  it("answers pod A records by dashed IP", () => {
    expect(resolveDns("10-244-1-20.default.pod.cluster.local", "team-a", cluster).target).toEqual({
      kind: "Pod", namespace: "default", name: "db-0",
    });
  });

  it("answers an ExternalName Service with a CNAME", () => {
    expect(resolveDns("docs", "default", cluster)).toMatchObject({ type: "CNAME", cname: "docs.example.org" });
  });

  it("explains a short name that lives in another namespace", () => {
    const answer = resolveDns("api", "team-a", cluster);
    expect(answer.type).toBe("NXDOMAIN");
    expect(answer.reason).toBe(
      "no Service api in namespace team-a; a Service api exists in namespace default — from another namespace use api.default or api.default.svc.cluster.local",
    );
  });

  it("explains a missing namespace", () => {
    expect(resolveDns("web.team-b.svc.cluster.local", "default", cluster).reason).toBe("namespace team-b does not exist");
  });

  it("does not resolve external names inside the cluster", () => {
    expect(resolveDns("shop.example.com", "default", cluster).reason).toBe(
      "shop.example.com is not a cluster name: cluster DNS answers Service and pod names under cluster.local, and the simulated cluster has no upstream DNS for other names",
    );
  });

  it("explains a headless Service whose pod is not ready", () => {
    const notReady = withChange(cluster, "Pod", "db-0", (pod) => {
      pod.status = { ...(pod.status as object), conditions: [{ type: "Ready", status: "False" }] };
    });
    const answer = resolveDns("db-0.db", "default", notReady);
    expect(answer.type).toBe("NXDOMAIN");
    expect(answer.reason).toMatch(/^pod db-0 is not a ready endpoint of Service db: the selector app=db matches 1 pod but none is ready: db-0 is running but not Ready/);
    expect(resolveDns("db", "default", notReady).reason).toMatch(/^headless Service db has no ready endpoints/);
  });

  it("gives no pod names behind a Service that is not headless", () => {
    expect(resolveDns("db-0.web", "default", cluster).reason).toBe(
      "Service web is not headless (clusterIP: None), so its pods get no DNS names of their own",
    );
  });

  it("explains a pod whose subdomain names another Service", () => {
    const wrong = withChange(cluster, "Pod", "db-0", (pod) => {
      pod.spec = { ...(pod.spec as object), subdomain: "postgres" };
    });
    expect(resolveDns("db-0.db", "default", wrong).reason).toBe(
      "pod db-0 has hostname db-0 but subdomain postgres, not db (a StatefulSet sets it from spec.serviceName)",
    );
  });
});
