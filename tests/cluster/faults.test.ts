/** Faults and operations: node failure and eviction, volumes across pod replacement, cordon/drain, rollouts, snapshots. */
import { describe, expect, it } from "vitest";
import { clusterWith, field, pods } from "./helpers";

const web = (replicas: number, extra = ""): string => `
apiVersion: apps/v1
kind: Deployment
metadata: {name: web}
spec:
  replicas: ${replicas}
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {app: web}}
    spec:
${extra}
      containers: [{name: web, image: "kubedeck/web:1.0", ports: [{containerPort: 8080}]}]
`;

const readyOn = (c: ReturnType<typeof clusterWith>) =>
  pods(c).filter((p) => !p.metadata.deletionTimestamp && field(p, "status.conditions.2.status") === "True").map((p) => String(field(p, "spec.nodeName")));

describe("faults", () => {
  it("a failed node goes NotReady after 40 s and its pods are evicted after 300 s and replaced elsewhere", () => {
    const c = clusterWith(web(3));
    const victims = pods(c).filter((p) => field(p, "spec.nodeName") === "worker-1").map((p) => p.metadata.name);
    expect(victims.length).toBeGreaterThan(0);
    c.failNode("worker-1");
    c.advance(39);
    expect(field(c.get("Node", undefined, "worker-1"), "status.conditions.3.status")).toBe("True");
    c.advance(2);
    expect(field(c.get("Node", undefined, "worker-1"), "status.conditions.3.status")).toBe("Unknown");
    expect(field(c.get("Node", undefined, "worker-1"), "spec.taints")).toEqual([
      { key: "node.kubernetes.io/unreachable", effect: "NoSchedule" },
      { key: "node.kubernetes.io/unreachable", effect: "NoExecute", timeAdded: "2026-01-01T00:00:42Z" },
    ]);
    expect(readyOn(c)).not.toContain("worker-1");
    c.settle();
    expect(c.now).toBe(342);
    for (const v of victims) expect(c.get("Pod", "default", v ?? "")?.metadata.deletionTimestamp).toBeDefined();
    expect(readyOn(c).filter((n) => n !== "worker-1")).toHaveLength(3);
    c.recoverNode("worker-1");
    c.settle();
    for (const v of victims) expect(c.get("Pod", "default", v ?? "")).toBeUndefined();
    expect(field(c.get("Node", undefined, "worker-1"), "spec.taints")).toBeUndefined();
  });

  it("PVC-backed data survives pod deletion; emptyDir and the container layer do not; hostPath stays on the node", () => {
    const c = clusterWith(`
apiVersion: v1
kind: PersistentVolumeClaim
metadata: {name: data}
spec: {accessModes: [ReadWriteOnce], resources: {requests: {storage: 1Gi}}}
---
${web(1, `      nodeSelector: {kubernetes.io/hostname: worker-2}
      volumes: [{name: data, persistentVolumeClaim: {claimName: data}}, {name: cache, emptyDir: {}}, {name: logs, hostPath: {path: /var/log/web}}]`).replace('ports: [{containerPort: 8080}]', 'ports: [{containerPort: 8080}], volumeMounts: [{name: data, mountPath: /data}, {name: cache, mountPath: /cache}, {name: logs, mountPath: /logs}]')}`);
    const first = pods(c)[0]?.metadata.name ?? "";
    expect(c.writeFile("default", first, "/data/a.txt", "kept")).toMatchObject({ ok: true });
    expect(c.writeFile("default", first, "/cache/b.txt", "lost")).toMatchObject({ ok: true });
    expect(c.writeFile("default", first, "/tmp/c.txt", "lost too")).toMatchObject({ ok: true, describe: "the container's writable layer (lost when the container restarts)" });
    expect(c.writeFile("default", first, "/logs/d.txt", "on the node")).toMatchObject({ ok: true });
    c.deletePod("default", first);
    c.settle();
    const second = pods(c)[0]?.metadata.name ?? "";
    expect(second).not.toBe(first);
    expect(c.readFile("default", second, "/data/a.txt")).toBe("kept");
    expect(c.readFile("default", second, "/cache/b.txt")).toBeUndefined();
    expect(c.readFile("default", second, "/tmp/c.txt")).toBeUndefined();
    expect(c.readFile("default", second, "/logs/d.txt")).toBe("on the node");
  });

  it("a replaced pod gets a new IP", () => {
    const c = clusterWith(web(1));
    const before = pods(c)[0];
    c.deletePod("default", before?.metadata.name ?? "");
    c.settle();
    const after = pods(c)[0];
    expect(field(after, "status.podIP")).not.toBe(field(before, "status.podIP"));
  });

  it("cordon and drain move pods off a node; DaemonSet pods stay", () => {
    const c = clusterWith(`${web(3)}---
apiVersion: apps/v1
kind: DaemonSet
metadata: {name: agent}
spec:
  selector: {matchLabels: {app: agent}}
  template:
    metadata: {labels: {app: agent}}
    spec: {containers: [{name: a, image: "kubedeck/log-agent:1.0"}]}
`);
    c.drain("worker-1");
    c.settle();
    const onNode = pods(c).filter((p) => field(p, "spec.nodeName") === "worker-1").map((p) => p.metadata.labels?.app);
    expect(onNode).toEqual(["agent"]);
    expect(readyOn(c).length).toBe(6);
  });

  it("crashing a container restarts it and counts the restart", () => {
    const c = clusterWith(web(1));
    const name = pods(c)[0]?.metadata.name ?? "";
    expect(c.crashContainer("default", name)).toBe(true);
    c.settle();
    expect(field(c.get("Pod", "default", name), "status.containerStatuses.0.restartCount")).toBe(1);
    expect(field(c.get("Pod", "default", name), "status.containerStatuses.0.lastState.terminated.exitCode")).toBe(1);
  });

  it("set image rolls out a new ReplicaSet and scale changes replicas", () => {
    const c = clusterWith(web(2));
    c.setImage("Deployment", "default", "web", "web", "nginx:1.27");
    c.scale("Deployment", "default", "web", 4);
    c.settle();
    expect(pods(c).map((p) => field(p, "spec.containers.0.image"))).toEqual(["nginx:1.27", "nginx:1.27", "nginx:1.27", "nginx:1.27"]);
    expect(c.list("ReplicaSet").map((r) => r.metadata.annotations?.["deployment.kubernetes.io/revision"]).sort()).toEqual(["1", "2"]);
  });

  it("an etcd snapshot restores objects; data on disks is untouched", () => {
    const c = clusterWith(web(1));
    const snap = c.snapshot();
    c.apply([{ file: "cm.yaml", text: "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: later}\ndata: {a: b}\n" }]);
    c.delete("Deployment", "default", "web");
    c.settle();
    expect(pods(c)).toHaveLength(0);
    c.restore(snap);
    c.settle();
    expect(c.get("ConfigMap", "default", "later")).toBeUndefined();
    expect(c.get("Deployment", "default", "web")).toBeDefined();
    expect(readyOn(c)).toHaveLength(1);
  });

  it("zero-downtime rollout keeps 4 ready endpoints with maxUnavailable 0 and a readiness probe", () => {
    const spec = (image: string) => web(4).replace("replicas: 4", "replicas: 4\n  strategy: {rollingUpdate: {maxSurge: 1, maxUnavailable: 0}}").replace('"kubedeck/web:1.0", ports: [{containerPort: 8080}]', `"${image}", ports: [{containerPort: 8080}], readinessProbe: {httpGet: {path: /healthz, port: 8080}, periodSeconds: 5}`);
    const c = clusterWith(spec("kubedeck/web:1.0"));
    let min = Number.POSITIVE_INFINITY;
    c.observe(() => void (min = Math.min(min, readyOn(c).length)));
    c.apply([{ file: "v2.yaml", text: spec("kubedeck/web:2.0") }]);
    c.settle();
    expect(min).toBe(4);
    expect(pods(c).map((p) => field(p, "spec.containers.0.image"))).toEqual(Array(4).fill("kubedeck/web:2.0"));
  });
});

describe("node removal", () => {
  it("deleting a node removes its pods and the ReplicaSet replaces them elsewhere", () => {
    const c = clusterWith(web(3));
    const onNode = pods(c).filter((p) => field(p, "spec.nodeName") === "worker-2").map((p) => p.metadata.name);
    expect(onNode.length).toBeGreaterThan(0);
    c.delete("Node", undefined, "worker-2");
    c.settle();
    for (const name of onNode) expect(c.get("Pod", "default", name ?? "")).toBeUndefined();
    expect(readyOn(c).filter((n) => n !== "worker-2")).toHaveLength(3);
  });
});
