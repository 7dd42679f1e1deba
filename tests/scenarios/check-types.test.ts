import { describe, expect, it } from "vitest";
import { parsePath, readPath } from "@/lib/scenarios/checks/json-path";
import { check, SVC, WEB } from "./inline";

const doc = (...parts: string[]) => parts.join("---\n");

describe("field paths", () => {
  it("reads dotted keys, indexes, wildcards, filters and quoted keys", () => {
    const o = { spec: { containers: [{ name: "a", image: "x" }, { name: "b", image: "y" }] }, metadata: { labels: { "app.kubernetes.io/name": "shop" } } };
    const read = (p: string) => {
      const segments = parsePath(p);
      if (typeof segments === "string") throw new Error(segments);
      return readPath(o, segments);
    };
    expect(read("spec.containers[1].image")).toEqual(["y"]);
    expect(read("spec.containers[*].name")).toEqual(["a", "b"]);
    expect(read("spec.containers[name=b].image")).toEqual(["y"]);
    expect(read('metadata.labels["app.kubernetes.io/name"]')).toEqual(["shop"]);
    expect(read("spec.missing[0]")).toEqual([]);
    expect(parsePath("spec..x")).toMatch(/cannot read the path/);
  });
});

describe("check types", () => {
  it("request: answered: false passes when nothing answers and fails, with the route, when something does", () => {
    const closed = "- { id: c, title: C, type: request, url: 'http://shop.example.com/', answered: false }";
    expect(check(closed, WEB()).passed).toBe(true);
    const open = check(closed, doc(WEB(), SVC(), "apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata: { name: shop }\nspec: { defaultBackend: { service: { name: web, port: { number: 80 } } } }\n"));
    expect(open.passed).toBe(false);
    expect(open.message).toContain("; it should have been refused");
    expect(open.trace?.[0]).toMatch(/^✓ Client: from outside the cluster/);
  });

  it("request: from a node to a NodePort, with the port that must answer", () => {
    const c = "- { id: c, title: C, type: request, from: { node: worker-1 }, url: 'tcp://web:80', port: 8080 }";
    expect(check(c, doc(WEB(), SVC())).message).toContain("nodes do not use cluster DNS");
  });

  it("count: pending pods, per worker, and a message naming the scheduler's reason", () => {
    const pending = "- { id: c, title: C, type: count, pods: { labels: { app: big } }, state: pending, equals: 2 }";
    const big = WEB("big", 2).replace("ports: [{ name: http, containerPort: 8080 }]", "resources: { requests: { cpu: '8' } }");
    expect(check(pending, big).passed).toBe(true);
    const ready = check("- { id: c, title: C, type: count, pods: { labels: { app: big } }, min: 1 }", big);
    expect(ready.message).toMatch(/^0 ready pods labelled app=big, expected at least 1: big-\S+, big-\S+ are Pending: 0\/4 nodes are available/);
    const perNode = "- { id: c, title: C, type: count, pods: { labels: { app: web } }, perNode: { nodes: workers, max: 1 } }";
    expect(check(perNode, WEB("web", 3)).passed).toBe(true);
    expect(check(perNode, WEB("web", 4)).message).toMatch(/^node worker-\d has 2 ready pods labelled app=web, expected at most 1 on every node/);
  });

  it("field: equals, oneOf, matches, exists and a missing object with the ones that exist", () => {
    const field = (rest: string) => check(`- { id: c, title: C, type: field, object: { kind: Deployment, name: web }, ${rest} }`, WEB());
    expect(field("path: spec.replicas, equals: 2").passed).toBe(true);
    expect(field("path: 'spec.template.spec.containers[*].image', oneOf: ['kubedeck/web:1.0', 'kubedeck/web:2.0']").passed).toBe(true);
    expect(field("path: spec.strategy.type, matches: '^Rolling'").passed).toBe(true);
    expect(field("path: spec.paused, exists: false").passed).toBe(true);
    expect(field("path: spec.replicas, equals: 3").message).toBe("Deployment web: spec.replicas is 2, expected 3");
    const missing = check("- { id: c, title: C, type: field, object: { kind: Deployment, name: shop } }", WEB());
    expect(missing.message).toBe("there is no Deployment shop; there is Deployment web");
  });

  it("dns: a Service name resolves to the Service, from another namespace", () => {
    const c = "- { id: c, title: C, type: dns, name: web.default, from: kube-system, resolvesTo: { service: web } }";
    expect(check(c, doc(WEB(), SVC())).passed).toBe(true);
    expect(check(c, WEB()).message).toContain("does not resolve");
  });

  it("env: any source, and the kubelet's literal value reported as such", () => {
    const pod = "apiVersion: v1\nkind: Pod\nmetadata: { name: p, labels: { app: p } }\nspec: { containers: [{ name: c, image: nginx, env: [{ name: MODE, value: fast }] }] }\n";
    expect(check("- { id: c, title: C, type: env, pods: { name: p }, name: MODE, value: fast }", pod).passed).toBe(true);
    expect(check("- { id: c, title: C, type: env, pods: { name: p }, name: MODE, from: ConfigMap }", pod).message).toBe("p: MODE comes from a literal value, but it should come from a ConfigMap");
    expect(check("- { id: c, title: C, type: env, pods: { name: p }, name: SPEED }", pod).message).toBe("p: container c has no env var SPEED (it has MODE)");
  });

  it("no-plain-secret: finds the value in binaryData and in a bare Pod's env", () => {
    const c = "- { id: c, title: C, type: no-plain-secret, value: hunter2 }";
    expect(check(c, "apiVersion: v1\nkind: ConfigMap\nmetadata: { name: m }\nbinaryData: { pw: aHVudGVyMg== }\n").message).toContain("ConfigMap default/m, key pw");
    expect(check(c, "apiVersion: v1\nkind: Pod\nmetadata: { name: p }\nspec: { containers: [{ name: c, image: nginx, env: [{ name: PW, value: hunter2 }] }] }\n").message).toContain("Pod default/p: spec.containers[0].env[0].value");
    expect(check(c, "apiVersion: v1\nkind: Secret\nmetadata: { name: s }\nstringData: { pw: hunter2 }\n").passed).toBe(true);
  });

  it("requests: maximums too", () => {
    const c = "- { id: c, title: C, type: requests, pods: { labels: { app: web } }, maxCpu: 200m }";
    const heavy = WEB().replace("ports: [{ name: http, containerPort: 8080 }]", "resources: { requests: { cpu: 300m } }");
    expect(check(c, heavy).message).toMatch(/requests 300m CPU and 0 memory; each pod may request at most 200m CPU/);
    expect(check(c, WEB()).passed).toBe(true);
  });

  it("not-exposed: an Ingress that leads to the pods", () => {
    const c = "- { id: c, title: C, type: not-exposed, pods: { labels: { app: web } } }";
    const ingress = "apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata: { name: i }\nspec: { rules: [{ host: a.example.com, http: { paths: [{ path: /, pathType: Prefix, backend: { service: { name: web, port: { number: 80 } } } }] } }] }\n";
    expect(check(c, doc(WEB(), SVC())).passed).toBe(true);
    expect(check(c, doc(WEB(), SVC(), ingress)).message).toContain("Ingress i: host a.example.com, path / (Prefix) leads to web-");
  });

  it("host-mount: the node's directory through a subdirectory mount", () => {
    const c = "- { id: c, title: C, type: host-mount, pods: { name: p }, path: /logs/app, hostPath: /var/log/app }";
    const pod = "apiVersion: v1\nkind: Pod\nmetadata: { name: p }\nspec:\n  containers: [{ name: c, image: nginx, volumeMounts: [{ name: v, mountPath: /logs }] }]\n  volumes: [{ name: v, hostPath: { path: /var/log } }]\n";
    expect(check(c, pod).passed).toBe(true);
  });

  it("fault: delete-pod of a StatefulSet pod, set-image with a held request, and a clock that runs a fixed time", () => {
    const sts = "apiVersion: apps/v1\nkind: StatefulSet\nmetadata: { name: s }\nspec:\n  serviceName: s\n  selector: { matchLabels: { app: s } }\n  template:\n    metadata: { labels: { app: s } }\n    spec: { containers: [{ name: s, image: nginx }] }\n";
    const del = "- { id: c, title: C, type: fault, action: delete-pod, pod: s-0, after: [{ type: count, pods: { name: s-0 }, equals: 1 }] }";
    expect(check(del, sts)).toMatchObject({ passed: true, message: "held before, during and after deleting pod s-0" });
    const roll = "- { id: c, title: C, type: fault, action: set-image, deployment: web, container: web, image: 'kubedeck/web:2.0', hold: [{ type: endpoints, service: web, min: 4 }] }";
    const failed = check(roll, doc(WEB("web", 4), SVC()));
    expect(failed.message).toMatch(/^during the rollout of kubedeck\/web:2.0, \d+ s later: Service web has 3 ready endpoints, expected at least 4/);
    const short = "- { id: c, title: C, type: fault, action: fail-each-node, nodes: workers, seconds: 20, hold: [{ type: endpoints, service: web }] }";
    expect(check(short, doc(WEB("web", 1), SVC())).passed).toBe(true);
  });

  it("fault: drain-each-node keeps a spread Deployment answering, and a single replica fails while it moves", () => {
    const drain = "- { id: c, title: C, type: fault, action: drain-each-node, pods: { labels: { app: web } }, hold: [{ type: endpoints, service: web }] }";
    expect(check(drain, doc(WEB("web", 3), SVC()))).toMatchObject({ passed: true, message: "held before, during and after draining each of worker-1, worker-2, worker-3 in turn" });
    expect(check(drain, doc(WEB("web", 1), SVC())).message).toMatch(/^when node worker-\d was drained, \d+ s later: Service web has 0 ready endpoints/);
  });

  it("volume-survives: a Deployment with a claim keeps the data; a pod without a volume loses it", () => {
    const c = "- { id: c, title: C, type: volume-survives, pods: { labels: { app: web } }, path: /data }";
    const claim = "apiVersion: v1\nkind: PersistentVolumeClaim\nmetadata: { name: d }\nspec: { accessModes: [ReadWriteOnce], resources: { requests: { storage: 1Gi } } }\n";
    const withClaim = WEB("web", 1).replace("ports: [{ name: http, containerPort: 8080 }] }]", "volumeMounts: [{ name: d, mountPath: /data }] }]\n      volumes: [{ name: d, persistentVolumeClaim: { claimName: d } }]");
    expect(check(c, doc(claim, withClaim)).passed).toBe(true);
    expect(check(c, WEB("web", 1)).message).toContain("nothing is mounted at that path");
  });
});
