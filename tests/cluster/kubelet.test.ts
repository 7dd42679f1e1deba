/** Kubelet: each container state, probes on the virtual clock, env resolution with sources. */
import { describe, expect, it } from "vitest";
import { clusterWith, field, pods } from "./helpers";
import { podStatus } from "@/lib/cluster/format/pod-columns";

const pod = (name: string, spec: string): string => `
apiVersion: v1
kind: Pod
metadata: {name: ${name}}
spec:
${spec.replace(/^/gm, "  ")}
`;

function state(c: ReturnType<typeof clusterWith>, name: string): string {
  const p = c.get("Pod", "default", name);
  return p ? podStatus(p) : "missing";
}

describe("kubelet container states", () => {
  it("ContainerCreating while pulling, then Running with startedAt", () => {
    const c = clusterWith(pod("web", "containers: [{name: web, image: kubedeck/web:1.0}]"));
    const p = c.get("Pod", "default", "web");
    expect(field(p, "status.phase")).toBe("Running");
    expect(field(p, "status.containerStatuses.0.state.running.startedAt")).toBe("2026-01-01T00:00:02Z");
    expect(field(p, "status.podIP")).toMatch(/^10\.244\.\d+\.\d+$/);
    expect(c.events().filter((e) => e.involvedObject.name === "web").map((e) => e.reason)).toEqual(["Scheduled", "Pulling", "Pulled", "Created", "Started"]);
  });

  it("CrashLoopBackOff with exponential back-off when required env is missing", () => {
    const c = clusterWith(pod("api", "containers: [{name: api, image: kubedeck/api:1.0}]"));
    c.advance(300);
    const p = c.get("Pod", "default", "api");
    expect(state(c, "api")).toBe("CrashLoopBackOff");
    // restarts at +1, +12 (10 s), +33 (20 s), +74 (40 s), +155 (80 s), +316 would be next: 5 by 302 s
    expect(field(p, "status.containerStatuses.0.restartCount")).toBe(5);
    expect(field(p, "status.containerStatuses.0.lastState.terminated.exitCode")).toBe(1);
    expect(String(field(p, "status.containerStatuses.0.state.waiting.message"))).toMatch(/^back-off 160s restarting failed container=api pod=api_default/);
  });

  it("CreateContainerConfigError for a missing ConfigMap key or Secret", () => {
    const c = clusterWith(`${pod("a", "containers: [{name: a, image: nginx, env: [{name: X, valueFrom: {configMapKeyRef: {name: cfg, key: X}}}]}]")}---
apiVersion: v1
kind: ConfigMap
metadata: {name: cfg}
data: {Y: "1"}
---${pod("b", "containers: [{name: b, image: nginx, envFrom: [{secretRef: {name: creds}}]}]")}`);
    expect(state(c, "a")).toBe("CreateContainerConfigError");
    expect(field(c.get("Pod", "default", "a"), "status.containerStatuses.0.state.waiting.message")).toBe("couldn't find key X in ConfigMap default/cfg");
    expect(field(c.get("Pod", "default", "b"), "status.containerStatuses.0.state.waiting.message")).toBe('secret "creds" not found');
  });

  it("ErrImagePull then ImagePullBackOff for a tag that does not exist", () => {
    const c = clusterWith(pod("x", "containers: [{name: x, image: kubedeck/web:9.9}]"));
    expect(state(c, "x")).toBe("ImagePullBackOff");
    expect(c.events().some((e) => e.reason === "Failed" && e.message === "Error: ErrImagePull")).toBe(true);
  });

  it("FailedMount keeps a pod ContainerCreating until the ConfigMap exists", () => {
    const c = clusterWith(pod("m", "containers: [{name: m, image: nginx, volumeMounts: [{name: c, mountPath: /c}]}]\nvolumes: [{name: c, configMap: {name: later}}]"));
    expect(state(c, "m")).toBe("ContainerCreating");
    expect(c.events().find((e) => e.reason === "FailedMount")?.message).toBe('MountVolume.SetUp failed for volume "c" : configmap "later" not found');
    c.apply([{ file: "cm.yaml", text: "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: later}\ndata: {a: b}\n" }]);
    c.settle();
    expect(state(c, "m")).toBe("Running");
    expect(c.readFile("default", "m", "/c/a")).toBe("b");
  });

  it("a readiness probe on a port nothing listens on keeps the pod unready", () => {
    const c = clusterWith(pod("r", "containers: [{name: r, image: kubedeck/web:1.0, readinessProbe: {tcpSocket: {port: 9090}}}]"));
    const p = c.get("Pod", "default", "r");
    expect(field(p, "status.phase")).toBe("Running");
    expect(field(p, "status.containerStatuses.0.ready")).toBe(false);
    expect(c.events().find((e) => e.reason === "Unhealthy")?.message).toMatch(/^Readiness probe failed: dial tcp 10\.244\.\d+\.\d+:9090: connect: connection refused$/);
  });

  it("startup time delays readiness to the first probe after it (web 2.0: 15 s)", () => {
    const c = clusterWith(pod("w2", "containers: [{name: w, image: kubedeck/web:2.0, readinessProbe: {httpGet: {path: /healthz, port: 8080}, initialDelaySeconds: 2, periodSeconds: 5}}]"));
    // started at 2 s; probes at 4, 9, 14, 19 s; the image answers from 17 s → ready at 19 s
    const ready = field(c.get("Pod", "default", "w2"), "status.conditions.2");
    expect(ready).toMatchObject({ type: "Ready", status: "True", lastTransitionTime: "2026-01-01T00:00:19Z" });
  });

  it("a failing liveness probe restarts the container", () => {
    const c = clusterWith(pod("l", "containers: [{name: l, image: nginx, livenessProbe: {httpGet: {path: /, port: 8081}, periodSeconds: 10, failureThreshold: 3}}]"));
    c.advance(60);
    expect(Number(field(c.get("Pod", "default", "l"), "status.containerStatuses.0.restartCount"))).toBeGreaterThanOrEqual(1);
    expect(c.events().some((e) => e.reason === "Killing" && e.message === "Container l failed liveness probe, will be restarted")).toBe(true);
  });

  it("init containers run in order before app containers; a failing one fails a Never pod", () => {
    const c = clusterWith(`${pod("i", "initContainers: [{name: one, image: 'busybox:1.36', command: [sh, -c, 'sleep 3']}, {name: two, image: 'busybox:1.36', command: [sh, -c, 'sleep 2']}]\ncontainers: [{name: app, image: nginx}]")}---${pod("f", "restartPolicy: Never\ninitContainers: [{name: check, image: busybox, command: [sh, -c, 'exit 1']}]\ncontainers: [{name: app, image: nginx}]")}`);
    const i = c.get("Pod", "default", "i");
    expect(field(i, "status.initContainerStatuses.1.state.terminated.finishedAt")).toBe("2026-01-01T00:00:07Z");
    expect(field(i, "status.containerStatuses.0.state.running.startedAt")).toBe("2026-01-01T00:00:09Z");
    expect(field(c.get("Pod", "default", "f"), "status.phase")).toBe("Failed");
    expect(state(c, "f")).toBe("Init:Error");
  });

  it("batch containers complete: Succeeded / Completed", () => {
    const c = clusterWith(pod("once", "restartPolicy: Never\ncontainers: [{name: o, image: busybox, command: [sh, -c, 'echo hi; sleep 4']}]"));
    expect(field(c.get("Pod", "default", "once"), "status.phase")).toBe("Succeeded");
    expect(state(c, "once")).toBe("Completed");
  });

  it("resolves env from literals, ConfigMaps, Secrets (decoded) and the downward API, with sources", () => {
    const c = clusterWith(`apiVersion: v1
kind: Secret
metadata: {name: db}
data: {password: czNjcjN0LXB3}
---
apiVersion: v1
kind: ConfigMap
metadata: {name: cfg}
data: {DB_HOST: db.internal}
---${pod("api", "containers: [{name: api, image: kubedeck/api:1.0, envFrom: [{configMapRef: {name: cfg}}], env: [{name: DB_PASSWORD, valueFrom: {secretKeyRef: {name: db, key: password}}}, {name: NODE, valueFrom: {fieldRef: {fieldPath: spec.nodeName}}}, {name: URL, value: 'postgres://$(DB_HOST)'}]}]")}`);
    expect(state(c, "api")).toBe("Running");
    const env = c.env("default", "api", "api") ?? [];
    expect(env.find((v) => v.name === "DB_PASSWORD")).toEqual({ name: "DB_PASSWORD", value: "s3cr3t-pw", source: { kind: "Secret", name: "db", key: "password", via: "valueFrom" } });
    expect(env.find((v) => v.name === "DB_HOST")?.source).toEqual({ kind: "ConfigMap", name: "cfg", key: "DB_HOST", via: "envFrom" });
    expect(env.find((v) => v.name === "NODE")?.value).toBe(field(pods(c).find((p) => p.metadata.name === "api"), "spec.nodeName"));
    expect(env.find((v) => v.name === "URL")?.value).toBe("postgres://db.internal");
  });
});

describe("problems report", () => {
  it("names crash loops, unschedulable pods and stalled rollouts in one sentence each", () => {
    const c = clusterWith(`${pod("api", "containers: [{name: api, image: kubedeck/api:1.0}]")}---
apiVersion: apps/v1
kind: Deployment
metadata: {name: big}
spec:
  replicas: 1
  selector: {matchLabels: {app: big}}
  template:
    metadata: {labels: {app: big}}
    spec: {containers: [{name: b, image: nginx, resources: {requests: {cpu: "64"}}}]}
`);
    const problems = c.problems();
    expect(problems.some((p) => p.startsWith("pod/api is CrashLoopBackOff: back-off"))).toBe(true);
    expect(problems.some((p) => /^pod\/big-[a-z0-9]+-[a-z0-9]{5} is Pending: 0\/4 nodes are available: .*3 Insufficient cpu/.test(p))).toBe(true);
    expect(problems).toContain(`deployment/big: ProgressDeadlineExceeded: ReplicaSet "${c.list("ReplicaSet")[0]?.metadata.name ?? ""}" has timed out progressing.`);
  });
});
