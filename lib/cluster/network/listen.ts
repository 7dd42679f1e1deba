/**
 * Whether a pod answers on a port at a given virtual time, from the image catalogue: which container
 * listens there (`"declared"` images listen on their declared container ports and speak any
 * protocol), whether that container is running, whether its startup window has passed
 * (`startedAt + startupSeconds`), and whether it speaks HTTP when the request is HTTP.
 */
import { describeImage } from "../images/catalogue";
import type { PodView } from "./read";

export interface ListenCheck { ok: boolean; detail: string }

interface Listener { container: string; image: string; port: number; http: boolean | "unknown"; httpPaths?: "any" | readonly string[] }

function listenersOf(pod: PodView): Listener[] {
  return pod.containers.flatMap((c): Listener[] => {
    const behaviour = describeImage(c.image);
    if (!behaviour) return [];
    if (behaviour.listens === "declared") {
      return c.ports.filter((p) => p.protocol === "TCP").map((p) => ({ container: c.name, image: c.image, port: p.containerPort, http: "unknown" }));
    }
    return behaviour.listens
      .filter((l) => l.protocol === "TCP")
      .map((l) => ({ container: c.name, image: c.image, port: l.port, http: l.httpPaths !== undefined, httpPaths: l.httpPaths }));
  });
}

function describeListening(listeners: readonly Listener[]): string {
  if (listeners.length === 0) return "nothing in the pod listens on any port";
  return listeners.map((l) => `container ${l.container} (${l.image}) listens on ${l.port}`).join("; ");
}

export function checkPodAnswers(pod: PodView, port: number, http: boolean, path: string, now: string): ListenCheck {
  const listeners = listenersOf(pod);
  const listener = listeners.find((l) => l.port === port);
  if (!listener) return { ok: false, detail: `nothing listens on port ${port}: ${describeListening(listeners)}` };
  const status = pod.containerStatuses.find((s) => s.name === listener.container);
  if (!status?.running) {
    const state = status?.waiting?.reason ?? status?.terminated?.reason ?? "not started";
    return { ok: false, detail: `container ${listener.container}, which listens on ${port}, is not running (${state})` };
  }
  const startup = describeImage(listener.image)?.startupSeconds ?? 0;
  const startedAt = status.running.startedAt ? Date.parse(status.running.startedAt) : Number.NaN;
  const nowMs = Date.parse(now);
  if (startup > 0 && Number.isFinite(startedAt) && Number.isFinite(nowMs) && nowMs < startedAt + startup * 1000) {
    const elapsed = Math.max(0, Math.floor((nowMs - startedAt) / 1000));
    return {
      ok: false,
      detail: `container ${listener.container} (${listener.image}) started ${elapsed} s ago and answers nothing on ${port} until ${startup} s after start`,
    };
  }
  if (http && listener.http === false) {
    return { ok: false, detail: `container ${listener.container} (${listener.image}) listens on ${port} but does not speak HTTP` };
  }
  const paths = listener.httpPaths;
  if (http && paths !== undefined && paths !== "any" && !paths.includes(path)) {
    return { ok: false, detail: `container ${listener.container} (${listener.image}) answers 404 for ${path} on ${port}` };
  }
  const speaks = http ? "HTTP" : "TCP";
  return { ok: true, detail: `container ${listener.container} (${listener.image}) answers ${speaks} on ${port}` };
}
