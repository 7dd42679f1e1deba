/**
 * What the simulated log of one container run is made from: the container, when it started and
 * stopped (virtual seconds), how it ended, its environment, and the requests it served. Pure data,
 * read from the pod's status and the engine; the generators in this folder turn it into lines.
 */
import type { ResolvedEnvVar } from "../../cluster";
import type { Container } from "../../cluster/types";

export interface LogLine {
  /** Virtual seconds since the cluster started. */
  readonly at: number;
  readonly text: string;
}

/** A request a pod answered (recorded by `kubectl exec … wget|curl`), for access-log lines. */
export interface ServedRequest {
  readonly namespace: string;
  readonly pod: string;
  readonly port: number;
  readonly clientIP: string;
  readonly method: string;
  readonly path: string;
  readonly host: string;
  readonly userAgent: string;
  readonly at: number;
}

export interface RunContext {
  readonly container: Container;
  readonly startedAt: number;
  /** When the run stopped, or the cluster's now for a running container. */
  readonly endAt: number;
  /** Present when the run ended. */
  readonly exit?: { readonly code: number; readonly reason: string };
  readonly env: readonly ResolvedEnvVar[];
  readonly podIP: string;
  readonly podName: string;
  /** Requests this container answered during the run. */
  readonly served: readonly ServedRequest[];
  /** Virtual seconds → Date (UTC). */
  readonly dateOf: (seconds: number) => Date;
}

const pad = (n: number, width = 2): string => String(n).padStart(width, "0");
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const DAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];

/** `2026/01/01 00:00:05` (nginx error log). */
export const slashDate = (d: Date): string => `${d.getUTCFullYear()}/${pad(d.getUTCMonth() + 1)}/${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
/** `01/Jan/2026:00:00:05 +0000` (combined access log). */
export const clfDate = (d: Date): string => `${pad(d.getUTCDate())}/${MONTHS[d.getUTCMonth()] ?? ""}/${d.getUTCFullYear()}:${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} +0000`;
/** `Thu Jan  1 00:00:05 UTC 2026` (busybox `date`). */
export const shellDate = (d: Date): string => `${DAYS[d.getUTCDay()] ?? ""} ${MONTHS[d.getUTCMonth()] ?? ""} ${String(d.getUTCDate()).padStart(2)} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} UTC ${d.getUTCFullYear()}`;
/** `2026-01-01 00:00:05.000 UTC` (PostgreSQL). */
export const pgDate = (d: Date): string => `${d.toISOString().slice(0, 10)} ${d.toISOString().slice(11, 23)} UTC`;
/** `01 Jan 2026 00:00:05.000` (Redis). */
export const redisDate = (d: Date): string => `${pad(d.getUTCDate())} ${MONTHS[d.getUTCMonth()] ?? ""} ${d.getUTCFullYear()} ${d.toISOString().slice(11, 23)}`;
