import { describe, expect, it } from "vitest";
import { derivedLoadBalancerIP, simulateRequest, type RequestSource } from "@/lib/cluster/network";
import type { KubeObject } from "@/lib/cluster/object";
import { loadFixture, withChange } from "./fixtures";

const cluster = loadFixture("cluster.yaml");
const troubled = loadFixture("troubled.yaml");
const NOW = "2026-01-01T01:00:00Z";
const external: RequestSource = { kind: "external" };
const client: RequestSource = { kind: "pod", namespace: "default", name: "client" };
const ask = (objects: readonly KubeObject[], from: RequestSource, url: string, now = NOW, seed?: string) =>
  simulateRequest(objects, { from, url }, now, seed);

function relabel(objects: readonly KubeObject[], labels: Record<string, string>): KubeObject[] {
  const copy = structuredClone([...objects]);
  for (const o of copy) if (o.kind === "Pod" && o.metadata.name?.startsWith("web-") && o.metadata.namespace === "default") o.metadata.labels = labels;
  return copy;
}

describe("a Service without ready endpoints explains itself", () => {
  it("compares the selector with the labels your pods have", () => {
    const objects = withChange(relabel(cluster, { app: "shop", "pod-template-hash": "5d8f7c9b4" }), "Service", "web", (s) => {
      s.spec = { ...(s.spec as object), selector: { app: "shop-web" } };
    });
    const result = ask(objects, external, "http://shop.example.com/");
    expect(result.answered).toBe(false);
    expect(result.candidates).toEqual([]);
    expect(result.summary).toBe(
      "shop.example.com/ → Ingress shop → Service web:80 → no ready endpoints: the selector app=shop-web matches no pod; your pods are labelled app=shop",
    );
  });

  it("says when the matching pods are in another namespace", () => {
    const objects = cluster.filter((o) => !(o.kind === "Pod" && o.metadata.namespace === "default" && o.metadata.name?.startsWith("web-")));
    expect(ask(objects, external, "http://shop.example.com/").summary).toBe(
      "shop.example.com/ → Ingress shop → Service web:80 → no ready endpoints: the selector app=web matches no pod in namespace default; pods with those labels run in namespace team-a, and a Service selects pods only in its own namespace",
    );
  });

  it("explains CrashLoopBackOff, Pending and not-Ready pods from their status", () => {
    expect(ask(troubled, client, "http://api:3000/").summary).toBe(
      "api:3000/ → Service api:3000 → no ready endpoints: the selector app=api matches 1 pod but none is ready: api-6c9d8f7b5-lmnpq: container api is in CrashLoopBackOff, restarted 4 times: back-off 1m20s restarting failed container=api",
    );
    expect(ask(troubled, client, "http://report/").summary).toBe(
      "report/ → Service report:80 → no ready endpoints: the selector app=report matches 1 pod but none is ready: report-5f4d3c2b1-abcde is Pending: 0/4 nodes are available: 1 node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }, 3 Insufficient cpu, 3 Insufficient memory.",
    );
    expect(ask(troubled, client, "http://web/").summary).toBe(
      "web/ → Service web:80 → no ready endpoints: the selector app=web matches 1 pod but none is ready: web-5d8f7c9b4-abcde is running but not Ready: container web's readiness probe (httpGet :80/healthz) fails: nothing listens on 80 (kubedeck/web:1.0 listens on 8080)",
    );
  });

  it("says a named targetPort resolves in no pod", () => {
    const objects = withChange(cluster, "Service", "api", (s) => {
      s.spec = { ...(s.spec as object), ports: [{ port: 3000, targetPort: "http", protocol: "TCP" }] };
    });
    expect(ask(objects, client, "http://api:3000/").summary).toBe(
      "api:3000/ → Service api:3000 → no ready endpoints: the selector app=api matches 1 pod(s), but none declares a container port named http (the Service's targetPort)",
    );
  });

  it("explains a Service without selector", () => {
    const objects = withChange(cluster, "Service", "web", (s) => {
      s.spec = { ...(s.spec as object), selector: undefined };
    });
    expect(ask(objects, client, "http://web/").summary).toBe(
      "web/ → Service web:80 → no ready endpoints: Service web has no selector, so Kubernetes manages no endpoints for it (add spec.selector matching your pods' labels)",
    );
  });
});

describe("nothing listening", () => {
  it("names the port tried and what the container listens on", () => {
    const objects = withChange(cluster, "Service", "web", (s) => {
      s.spec = { ...(s.spec as object), ports: [{ name: "http", port: 80, targetPort: 80, protocol: "TCP" }] };
    });
    const result = ask(objects, external, "http://shop.example.com/");
    expect(result.answered).toBe(false);
    expect(result.trace.at(-1)).toEqual({
      step: "Pod web-5d8f7c9b4-abcde",
      detail: "10.244.1.10:80: nothing listens on port 80: container web (kubedeck/web:1.0) listens on 8080",
      ok: false,
    });
    expect(result.candidates.map((c) => c.answers)).toEqual([false, false]);
  });

  it("refuses HTTP on a port that does not speak it", () => {
    const result = ask(cluster, client, "http://db:5432/");
    expect(result.answered).toBe(false);
    expect(result.summary).toBe("db:5432/ → Service db (headless) → pod db-0 → container db (postgres:16) listens on 5432 but does not speak HTTP");
    expect(ask(cluster, client, "db:5432").answered).toBe(true);
    expect(ask(cluster, client, "tcp://db:5432").answeredBy).toEqual({ namespace: "default", pod: "db-0", podIP: "10.244.1.20", port: 5432 });
  });

  it("lets web 2.0 answer nothing for 15 s after start, even when Ready without a probe", () => {
    const rollout = loadFixture("rollout.yaml");
    const early = ask(rollout, external, "http://shop.example.com/", "2026-01-01T01:00:05Z");
    expect(early.candidates).toEqual([
      { namespace: "default", pod: "web-1111111111-aaaaa", podIP: "10.244.1.10", port: 8080, answers: true },
      { namespace: "default", pod: "web-1111111111-bbbbb", podIP: "10.244.1.11", port: 8080, answers: true },
      {
        namespace: "default", pod: "web-2222222222-ccccc", podIP: "10.244.1.12", port: 8080, answers: false,
        reason: "container web (kubedeck/web:2.0) started 5 s ago and answers nothing on 8080 until 15 s after start",
      },
      {
        namespace: "default", pod: "web-2222222222-ddddd", podIP: "10.244.1.13", port: 8080, answers: false,
        reason: "container web (kubedeck/web:2.0) started 1 s ago and answers nothing on 8080 until 15 s after start",
      },
    ]);
    expect(early.summary).toBe(
      "shop.example.com/ → Ingress shop → Service web:80 → answered by pod web-1111111111-aaaaa (10.244.1.10:8080); but 2 of 4 ready endpoints would not answer (web-2222222222-ccccc: container web (kubedeck/web:2.0) started 5 s ago and answers nothing on 8080 until 15 s after start)",
    );
    const at15 = ask(rollout, external, "http://shop.example.com/", "2026-01-01T01:00:15Z");
    expect(at15.candidates.map((c) => c.answers)).toEqual([true, true, true, false]);
    const later = ask(rollout, external, "http://shop.example.com/", "2026-01-01T01:00:30Z");
    expect(later.candidates.every((c) => c.answers)).toBe(true);
  });
});

describe("reachability from outside", () => {
  it("does not reach a ClusterIP or a pod IP", () => {
    expect(ask(cluster, external, "http://10.96.0.20/").summary).toBe(
      "10.96.0.20/ → 10.96.0.20 is the ClusterIP of Service web: a ClusterIP is reachable only from inside the cluster (expose it with an Ingress, a NodePort or a LoadBalancer Service)",
    );
    expect(ask(cluster, external, "http://10.244.1.10:8080/").summary).toBe(
      "10.244.1.10:8080/ → 10.244.1.10 is the IP of pod web-5d8f7c9b4-abcde: pod IPs are reachable only from inside the cluster",
    );
    expect(ask(cluster, external, "http://web.default.svc.cluster.local/").answered).toBe(false);
  });

  it("reaches a NodePort on every node, the control plane included", () => {
    for (const ip of ["10.0.0.10", "10.0.0.11", "10.0.0.12", "10.0.0.13"]) {
      const result = ask(cluster, external, `http://${ip}:30080/`);
      expect(result.answered).toBe(true);
      expect(result.summary).toMatch(new RegExp(`^${ip.replace(/\./g, "\\.")}:30080/ → NodePort 30080 → Service web-np:80 → answered by pod web-`));
    }
    expect(ask(cluster, external, "http://10.0.0.11:30081/").answered).toBe(true);
  });

  it("lists the node ports in use when none matches, and fails on a NotReady node", () => {
    expect(ask(cluster, external, "http://10.0.0.11:30099/").summary).toBe(
      "10.0.0.11:30099/ → nothing listens on 10.0.0.11:30099: no NodePort or LoadBalancer Service uses node port 30099; node ports in use: 30080 (Service web-np), 30081 (Service web-lb)",
    );
    const down = withChange(cluster, "Node", "worker-1", (n) => { n.status = { ...(n.status as object), conditions: [{ type: "Ready", status: "Unknown" }] }; });
    expect(ask(down, external, "http://10.0.0.11:30080/").answered).toBe(false);
    // Through a healthy node the Service still lists web-…-abcde (its status is not updated yet),
    // but the pod on the failed node cannot answer.
    const viaHealthy = ask(down, external, "http://10.0.0.12:30080/");
    expect(viaHealthy.candidates.map((c) => [c.pod, c.answers])).toEqual([["web-5d8f7c9b4-abcde", false], ["web-5d8f7c9b4-fghjk", true]]);
    expect(viaHealthy.candidates[0]?.reason).toBe("node worker-1, which runs pod web-5d8f7c9b4-abcde, is NotReady, so the pod does not answer");
  });

  it("reaches a pod's hostPort on its own node only", () => {
    const objects = withChange(cluster, "Pod", "api-6c9d8f7b5-lmnpq", (pod) => {
      const spec = pod.spec as { containers: { ports: Record<string, unknown>[] }[] };
      spec.containers[0]?.ports.splice(0, 1, { containerPort: 3000, hostPort: 8443, protocol: "TCP" });
    });
    const onNode = ask(objects, external, "http://10.0.0.13:8443/");
    expect(onNode.summary).toBe("10.0.0.13:8443/ → node worker-3 → answered by pod api-6c9d8f7b5-lmnpq (10.244.3.10:3000)");
    expect(onNode.trace[1]?.detail).toBe("10.0.0.13:8443: pod api-6c9d8f7b5-lmnpq on node worker-3 maps hostPort 8443 to container port 3000");
    expect(ask(objects, external, "http://10.0.0.12:8443/").answered).toBe(false);
  });

  it("reaches a LoadBalancer at its published or derived address, on its Service port", () => {
    expect(ask(cluster, external, "http://203.0.113.50/").answered).toBe(true);
    expect(ask(cluster, external, "http://203.0.113.50:8080/").summary).toBe(
      '203.0.113.50:8080/ → 203.0.113.50:8080 is the load balancer of Service web-lb, but service "web-lb" has no port 8080; its ports are 80',
    );
    const pending = withChange(cluster, "Service", "web-lb", (s) => { delete s.status; });
    const derived = ask(pending, external, "http://203.0.113.50/");
    expect(derived.answered).toBe(false);
    expect(derived.summary).toBe("203.0.113.50/ → no node, load balancer, Service or pod has the address 203.0.113.50");
    const address = derivedLoadBalancerIP("default", "web-lb");
    expect(address).toMatch(/^203\.0\.113\.\d+$/);
    expect(ask(pending, external, `http://${address}/`).answered).toBe(true);
  });
});

describe("inside the cluster", () => {
  it("reaches another namespace by svc.ns, not by the short name", () => {
    const result = ask(cluster, client, "http://web.team-a.svc.cluster.local/");
    expect(result.answeredBy).toEqual({ namespace: "team-a", pod: "web-7f6e5d4c3-pqrst", podIP: "10.244.3.40", port: 8080 });
    expect(ask(cluster, client, "http://web.team-a/").answered).toBe(true);
    const teamA: RequestSource = { kind: "pod", namespace: "team-a", name: "client" };
    expect(ask(cluster, teamA, "http://api:3000/").summary).toBe(
      "api:3000/ → api does not resolve: no Service api in namespace team-a; a Service api exists in namespace default — from another namespace use api.default or api.default.svc.cluster.local",
    );
  });

  it("reaches pods by IP and StatefulSet pods by their stable name", () => {
    expect(ask(cluster, client, "http://10.244.1.10:8080/").answeredBy?.pod).toBe("web-5d8f7c9b4-abcde");
    expect(ask(cluster, client, "db-0.db.default.svc.cluster.local:5432").answeredBy?.pod).toBe("db-0");
    expect(ask(cluster, client, "http://10.96.0.20/").answered).toBe(true);
  });

  it("rejects a port the Service does not have", () => {
    expect(ask(cluster, client, "http://web:8080/").summary).toBe(
      'web:8080/ → Service web → service "web" has no port 8080; its ports are 80 (http)',
    );
  });

  it("routes a Service without selector through EndpointSlices you manage", () => {
    const manual = (address: string): KubeObject[] => [
      ...cluster,
      { apiVersion: "v1", kind: "Service", metadata: { name: "legacy", namespace: "default" }, spec: { clusterIP: "10.96.0.90", ports: [{ name: "http", port: 80, targetPort: 3000, protocol: "TCP" }] } },
      {
        apiVersion: "discovery.k8s.io/v1",
        kind: "EndpointSlice",
        metadata: { name: "legacy-1", namespace: "default", labels: { "kubernetes.io/service-name": "legacy" } },
        addressType: "IPv4",
        ports: [{ name: "http", port: 3000, protocol: "TCP" }],
        endpoints: [{ addresses: [address] }],
      },
    ];
    expect(ask(manual("10.244.3.10"), client, "http://legacy/").answeredBy?.pod).toBe("api-6c9d8f7b5-lmnpq");
    expect(ask(manual("192.0.2.1"), client, "http://legacy/").summary).toBe(
      "legacy/ → Service legacy:80 → no ready endpoints: Service legacy has no selector and its EndpointSlices (legacy-1) list no ready pod IP of this cluster",
    );
  });

  it("does not follow ExternalName out of the cluster", () => {
    expect(ask(cluster, client, "http://docs/").answered).toBe(false);
  });

  it("needs a running source pod", () => {
    expect(ask(cluster, { kind: "pod", namespace: "default", name: "ghost" }, "http://web/").summary).toBe("web/ → no pod ghost in namespace default");
    expect(ask(troubled, { kind: "pod", namespace: "default", name: "report-5f4d3c2b1-abcde" }, "http://web/").answered).toBe(false);
  });

  it("reaches the shop from a node through the ingress controller and node ports", () => {
    const node: RequestSource = { kind: "node", name: "worker-1" };
    expect(ask(cluster, node, "http://shop.example.com/").answered).toBe(true);
    expect(ask(cluster, node, "http://10.96.0.20/").answered).toBe(true);
    expect(ask(cluster, node, "http://web/").answered).toBe(false);
  });
});

describe("endpoint choice", () => {
  it("is the first endpoint without a seed, repeatable with one, and spreads over seeds", () => {
    const url = "http://shop.example.com/";
    expect(ask(cluster, external, url).answeredBy?.pod).toBe("web-5d8f7c9b4-abcde");
    expect(ask(cluster, external, url, NOW, "s-1")).toEqual(ask(cluster, external, url, NOW, "s-1"));
    const chosen = new Set(Array.from({ length: 20 }, (_, i) => ask(cluster, external, url, NOW, `seed-${i}`).answeredBy?.pod));
    expect(chosen).toEqual(new Set(["web-5d8f7c9b4-abcde", "web-5d8f7c9b4-fghjk"]));
  });

  it("rejects a URL it cannot read", () => {
    expect(ask(cluster, client, "db").summary).toBe("db → a TCP request needs a port, as in db:5432");
    expect(ask(cluster, client, "ftp://db/").answered).toBe(false);
  });
});

describe("why a running pod is not Ready", () => {
  const withProbe = (probe: unknown, image = "kubedeck/web:1.0") => withChange(troubled, "Pod", "web-5d8f7c9b4-abcde", (pod) => {
    const spec = pod.spec as { containers: Record<string, unknown>[] };
    spec.containers[0] = { ...spec.containers[0], image, readinessProbe: probe, ports: [{ name: "web", containerPort: 8080, protocol: "TCP" }] };
  });
  const why = (objects: readonly KubeObject[]) => ask(objects, client, "http://web/").summary.replace(/^.* is running but not Ready: /, "");

  it("reads the probe against what the image listens on", () => {
    expect(why(withProbe({ httpGet: { path: "/healthz", port: "web" } }))).toBe("container web's readiness probe (httpGet :web/healthz) has not passed yet");
    expect(why(withProbe({ tcpSocket: { port: "metrics" } }))).toBe("container web's readiness probe (tcpSocket :metrics) names port metrics, which the container does not declare");
    expect(why(withProbe({ httpGet: { path: "/", port: 5432 } }, "postgres:16"))).toBe("container web's readiness probe (httpGet :5432/) fails: port 5432 does not speak HTTP");
    expect(why(withProbe({ exec: { command: ["true"] } }))).toBe("container web's readiness probe (exec) has not passed");
    expect(why(withProbe(undefined))).toBe("container web is not ready yet");
  });
});
