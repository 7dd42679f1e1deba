/**
 * Benchmarks of the reconcile engine (`npm run bench:engine`):
 *  1. validation throughput: documents/s for readManifests + admit over the docs corpus, one core;
 *  2. a typical scenario (Deployment ×3 + Service + Ingress): create, apply and settle, p50/p99;
 *  3. 1,000 nodes with 10,000 and 100,000 pods: time and memory to settle, and how cost grows.
 * Pass `--quick` to skip the 100,000-pod run, `--only validation|typical|scale|shell` to run one part. CPU time is printed beside wall time: on a shared
 * machine wall time measures the neighbours as much as the engine.
 */
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { admit, readManifests } from "../lib/cluster/admission";
import { createCluster } from "../lib/cluster/cluster";
import { benchShell } from "./bench-shell";

const CORPUS = join(import.meta.dirname, "../../shared/corpus/k8s-website-examples");

function files(dir: string): string[] {
  return readdirSync(dir).sort().flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : [p];
  });
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

const mb = (bytes: number): string => `${(bytes / 2 ** 20).toFixed(0)} MB`;

const cpuMs = (since: NodeJS.CpuUsage): number => {
  const u = process.cpuUsage(since);
  return (u.user + u.system) / 1000;
};

function validation(): void {
  const sources = files(CORPUS).map((p) => ({ file: relative(CORPUS, p), text: readFileSync(p, "utf8") }));
  const ctx = { namespaceExists: () => true, existing: () => undefined };
  let docs = 0;
  const rounds = 20;
  // Per round too: the first rounds run while V8 still compiles the schema validators and the YAML
  // parsers, so the overall figure mixes start-up with steady state; both are printed.
  const perRound: { docs: number; ms: number }[] = [];
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  for (let i = 0; i < rounds; i += 1) {
    const r0 = performance.now();
    let n = 0;
    for (const source of sources) {
      const { documents } = readManifests([source]);
      for (const doc of documents) admit(doc, ctx);
      n += documents.length;
    }
    perRound.push({ docs: n, ms: performance.now() - r0 });
    docs += n;
  }
  const seconds = (performance.now() - t0) / 1000;
  const cpu = cpuMs(c0) / 1000;
  const rate = (list: readonly { docs: number; ms: number }[]): number => Math.round((list.reduce((a, r) => a + r.docs, 0) / list.reduce((a, r) => a + r.ms, 0)) * 1000);
  console.log(`validation: ${docs} documents in ${seconds.toFixed(2)} s = ${Math.round(docs / seconds)} documents/s (readManifests + admit, ${sources.length} corpus files × ${rounds}; ${Math.round(docs / cpu)}/s of process CPU time); first round (cold) ${rate(perRound.slice(0, 1))}/s, rounds 6–${rounds} (warm) ${rate(perRound.slice(5))}/s`);
}

const TYPICAL = `apiVersion: apps/v1
kind: Deployment
metadata: {name: web}
spec:
  replicas: 3
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {app: web}}
    spec:
      containers:
      - name: web
        image: kubedeck/web:1.0
        ports: [{containerPort: 8080}]
        readinessProbe: {httpGet: {path: /healthz, port: 8080}}
---
apiVersion: v1
kind: Service
metadata: {name: web}
spec:
  selector: {app: web}
  ports: [{port: 80, targetPort: 8080}]
---
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata: {name: shop}
spec:
  rules:
  - host: shop.example.com
    http: {paths: [{path: /, pathType: Prefix, backend: {service: {name: web, port: {number: 80}}}}]}
`;

function typical(): void {
  const wall: number[] = [];
  const cpu: number[] = [];
  const parts = { create: 0, apply: 0, settle: 0 };
  for (let i = 0; i < 220; i += 1) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    const c = createCluster({ seed: i });
    const t1 = performance.now();
    c.apply([{ file: "typical.yaml", text: TYPICAL }]);
    const t2 = performance.now();
    const r = c.settle();
    const t3 = performance.now();
    if (!r.stable) throw new Error("typical scenario did not settle");
    if (i < 20) continue;
    wall.push(t3 - t0);
    cpu.push(cpuMs(c0));
    parts.create += t1 - t0;
    parts.apply += t2 - t1;
    parts.settle += t3 - t2;
  }
  wall.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  const n = wall.length;
  console.log(`typical scenario (create cluster + apply Deployment×3, Service, Ingress + settle), ${n} runs: wall p50 ${percentile(wall, 50).toFixed(2)} ms, p99 ${percentile(wall, 99).toFixed(2)} ms; CPU p50 ${percentile(cpu, 50).toFixed(2)} ms, p99 ${percentile(cpu, 99).toFixed(2)} ms; mean wall create ${(parts.create / n).toFixed(2)} / apply (admission) ${(parts.apply / n).toFixed(2)} / settle ${(parts.settle / n).toFixed(2)} ms`);
}

function deployments(count: number, replicas: number): string {
  const out: string[] = [];
  for (let i = 0; i < count; i += 1) {
    out.push(`apiVersion: apps/v1
kind: Deployment
metadata: {name: app-${i}}
spec:
  replicas: ${replicas}
  selector: {matchLabels: {app: app-${i}}}
  template:
    metadata: {labels: {app: app-${i}}}
    spec:
      containers: [{name: app, image: "kubedeck/web:1.0", ports: [{containerPort: 8080}], resources: {requests: {cpu: 10m, memory: 16Mi}}}]
---
apiVersion: v1
kind: Service
metadata: {name: app-${i}}
spec:
  selector: {app: app-${i}}
  ports: [{port: 80, targetPort: 8080}]`);
  }
  return out.join("\n---\n");
}

function large(pods: number): { seconds: number; heap: number; rss: number } {
  globalThis.gc?.();
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const c = createCluster({ workers: 1000, maxEvents: 200_000 });
  const created = performance.now();
  const { errors } = c.apply([{ file: "large.yaml", text: deployments(pods / 1000, 1000) }]);
  if (errors.length > 0) throw new Error(errors[0]?.message);
  const r = c.settle({ maxSteps: 1_000_000 });
  const seconds = cpuMs(c0) / 1000;
  const running = c.list("Pod").filter((p) => (p.status as { phase?: string } | undefined)?.phase === "Running").length;
  const mem = process.memoryUsage();
  console.log(`1,000 nodes, ${pods.toLocaleString("en")} pods (${pods / 1000} Deployments × 1,000 + Services): settled=${r.stable} in ${((performance.now() - t0) / 1000).toFixed(2)} s wall, ${seconds.toFixed(2)} s CPU (cluster ${((created - t0) / 1000).toFixed(2)} s), ${r.reconciles.toLocaleString("en")} reconciles, ${running.toLocaleString("en")} Running; heapUsed ${mb(mem.heapUsed)}, rss ${mb(mem.rss)}`);
  return { seconds, heap: mem.heapUsed, rss: mem.rss };
}

// `--only validation|typical|scale` runs one part (the helpers that tune one part use it).
const only = process.argv.find((a) => a.startsWith("--only="))?.slice("--only=".length)
  ?? (process.argv.includes("--only") ? process.argv[process.argv.indexOf("--only") + 1] : undefined);
if (only !== undefined && !["validation", "typical", "scale", "shell"].includes(only)) {
  console.error(`--only takes validation, typical, scale or shell, not ${only}`);
  process.exit(2);
}
if (only === undefined || only === "validation") validation();
if (only === undefined || only === "typical") typical();
if (only === undefined || only === "shell") await benchShell();
if (only === undefined || only === "scale") {
  const small = large(10_000);
  if (!process.argv.includes("--quick")) {
    const big = large(100_000);
    console.log(`growth 10k → 100k pods: CPU time ×${(big.seconds / small.seconds).toFixed(1)}, heap ×${(big.heap / small.heap).toFixed(1)} (linear would be ×10)`);
  }
}
