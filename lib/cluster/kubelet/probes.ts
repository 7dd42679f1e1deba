/**
 * Probes evaluated against the image catalogue instead of a network: an httpGet, tcpSocket or grpc
 * probe succeeds when the image listens on that port (and, for HTTP, answers that path) and its
 * startup time has passed; exec probes succeed. Timing follows initialDelaySeconds, periodSeconds and
 * failureThreshold on the virtual clock, computed in closed form rather than by ticking.
 */
import type { ImageBehaviour, ListenSpec } from "../images/catalogue";
import type { Container, Probe } from "../types";

export type ProbeKind = "Readiness" | "Liveness" | "Startup";

/** The port spec the image listens on for `port` (a number or a named container port). */
export function listening(behaviour: ImageBehaviour, container: Container, port: number | string): ListenSpec | undefined {
  const number = typeof port === "number" ? port : container.ports?.find((p) => p.name === port)?.containerPort ?? Number(port);
  if (behaviour.listens === "declared") {
    const declared = container.ports?.find((p) => p.containerPort === number);
    // An image the catalogue does not know is taken to serve what its own probes check.
    if (!declared && behaviour.repository === "*" && probedPorts(container).includes(number)) return { port: number, protocol: "TCP", httpPaths: "any" };
    return declared ? { port: number, protocol: declared.protocol === "UDP" ? "UDP" : "TCP", httpPaths: "any" } : undefined;
  }
  return behaviour.listens.find((l) => l.port === number);
}

function probedPorts(c: Container): number[] {
  const out: number[] = [];
  for (const p of [c.readinessProbe, c.livenessProbe, c.startupProbe]) {
    const port = p?.httpGet?.port ?? p?.tcpSocket?.port ?? p?.grpc?.port;
    const n = typeof port === "number" ? port : c.ports?.find((x) => x.name === port)?.containerPort;
    if (n !== undefined) out.push(n);
  }
  return out;
}

/** Whether the probe can ever succeed, and the kubelet's failure message when it cannot (or not yet). */
export function evaluateProbe(probe: Probe, behaviour: ImageBehaviour, container: Container, podIP: string): { ever: boolean; message: string } {
  if (probe.exec) return { ever: true, message: "command failed" };
  if (probe.httpGet) {
    const port = probe.httpGet.port;
    const path = probe.httpGet.path ?? "/";
    const spec = listening(behaviour, container, port);
    const num = typeof port === "number" ? port : listeningPortNumber(container, port);
    const refused = `Get "http://${podIP}:${num}${path}": dial tcp ${podIP}:${num}: connect: connection refused`;
    if (!spec) return { ever: false, message: refused };
    if (spec.httpPaths === undefined) return { ever: false, message: `Get "http://${podIP}:${num}${path}": net/http: HTTP/1.x transport connection broken: malformed HTTP response` };
    if (spec.httpPaths !== "any" && !spec.httpPaths.includes(path)) return { ever: false, message: "HTTP probe failed with statuscode: 404" };
    return { ever: true, message: refused };
  }
  const port = probe.tcpSocket?.port ?? probe.grpc?.port;
  if (port === undefined) return { ever: true, message: "" };
  const num = typeof port === "number" ? port : listeningPortNumber(container, port);
  const refused = probe.grpc
    ? `timeout: failed to connect service "${podIP}:${num}" within 1s: context deadline exceeded`
    : `dial tcp ${podIP}:${num}: connect: connection refused`;
  return { ever: listening(behaviour, container, port) !== undefined, message: refused };
}

function listeningPortNumber(container: Container, name: string): number {
  return container.ports?.find((p) => p.name === name)?.containerPort ?? 0;
}

function period(p: Probe): number {
  return p.periodSeconds ?? 10;
}

/** The first probe time at or after `readyFrom` (when the image starts answering); Infinity if never. */
export function firstSuccess(probe: Probe, startedAt: number, readyFrom: number, ever: boolean): number {
  if (!ever) return Number.POSITIVE_INFINITY;
  const first = startedAt + (probe.initialDelaySeconds ?? 0);
  const k = Math.max(0, Math.ceil((readyFrom - first) / period(probe)));
  return first + k * period(probe) + ((probe.successThreshold ?? 1) - 1) * period(probe);
}

/** When failing probes reach failureThreshold (the liveness kill), or undefined if they never do. */
export function failureLimitAt(probe: Probe, startedAt: number, readyFrom: number, ever: boolean): number | undefined {
  const first = startedAt + (probe.initialDelaySeconds ?? 0);
  const threshold = probe.failureThreshold ?? 3;
  const killAt = first + (threshold - 1) * period(probe);
  if (!ever) return killAt;
  return killAt < readyFrom ? killAt : undefined;
}

/** The time of the first failing probe, if any probe fails before `readyFrom`. */
export function firstFailure(probe: Probe, startedAt: number, readyFrom: number, ever: boolean): number | undefined {
  const first = startedAt + (probe.initialDelaySeconds ?? 0);
  return !ever || first < readyFrom ? first : undefined;
}
