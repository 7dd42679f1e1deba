/**
 * The building blocks of `kubectl describe` output: a text builder whose lines carry tabs (laid out
 * by Go's tabwriter with padding 2, as kubectl's describers do), maps printed one entry per line,
 * RFC 1123 times, and the Events block.
 */
import type { ClusterEvent, KubeObject } from "../../cluster";
import { humanDuration } from "../printers/age";
import type { Clock } from "../printers/columns";
import { tabwrite } from "../printers/tabwriter";

export class DescribeWriter {
  private text = "";

  /** `level` is the indentation depth (two spaces each); `cells` are joined by tabs. */
  line(level: number, ...cells: string[]): this {
    this.text += `${"  ".repeat(level)}${cells.join("\t")}\n`;
    return this;
  }

  raw(text: string): this {
    this.text += text;
    return this;
  }

  /** Annotations print as `key: value`. */
  annotations(level: number, map: Readonly<Record<string, string>> | undefined): this {
    const keys = Object.keys(map ?? {}).filter((k) => k !== "kubectl.kubernetes.io/last-applied-configuration").sort();
    if (keys.length === 0) return this.line(level, "Annotations:", "<none>");
    keys.forEach((k, i) => this.line(level, i === 0 ? "Annotations:" : "", `${k}: ${map?.[k] ?? ""}`));
    return this;
  }

  /** `Labels:  a=b` then `         c=d` on following lines, or `<none>`. */
  map(level: number, title: string, map: Readonly<Record<string, string>> | undefined, skip: (key: string) => boolean = () => false): this {
    const keys = Object.keys(map ?? {}).filter((k) => !skip(k)).sort();
    if (keys.length === 0) return this.line(level, `${title}:`, "<none>");
    keys.forEach((k, i) => this.line(level, i === 0 ? `${title}:` : "", `${k}=${map?.[k] ?? ""}`));
    return this;
  }

  /** Several values under one title, one per line. */
  list(level: number, title: string, values: readonly string[]): this {
    if (values.length === 0) return this.line(level, `${title}:`, "<none>");
    values.forEach((v, i) => this.line(level, i === 0 ? `${title}:` : "", v));
    return this;
  }

  /** The Events block: a table when there are events, `Events:  <none>` aligned with the lines above otherwise. */
  events(events: readonly ClusterEvent[], clock: Clock): this {
    if (events.length === 0) return this.line(0, "Events:", "<none>");
    this.line(0, "Events:").line(1, "Type", "Reason", "Age", "From", "Message").line(1, "----", "------", "----", "----", "-------");
    for (const e of [...events].sort((a, b) => a.firstSeconds - b.firstSeconds || a.seq - b.seq)) {
      const age = e.count > 1 ? `${humanDuration(clock.now - e.lastSeconds)} (x${e.count} over ${humanDuration(clock.now - e.firstSeconds)})` : humanDuration(clock.now - e.firstSeconds);
      this.line(1, e.type, e.reason, age, e.source, e.message);
    }
    return this;
  }

  toString(): string {
    return tabwrite(this.text, { minWidth: 0, padding: 2 });
  }
}

const DAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** `Thu, 01 Jan 2026 00:00:00 +0000` (Go's RFC1123Z, as describe prints times). */
export function rfc1123(iso: string | undefined): string {
  if (!iso) return "<unknown>";
  const d = new Date(iso);
  const p = (n: number): string => String(n).padStart(2, "0");
  return `${DAYS[d.getUTCDay()] ?? ""}, ${p(d.getUTCDate())} ${MONTHS[d.getUTCMonth()] ?? ""} ${d.getUTCFullYear()} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} +0000`;
}

export function eventsFor(events: readonly ClusterEvent[], o: KubeObject): ClusterEvent[] {
  return events.filter((e) => (e.involvedObject.uid && o.metadata.uid ? e.involvedObject.uid === o.metadata.uid : e.involvedObject.kind === o.kind && e.involvedObject.name === o.metadata.name && e.involvedObject.namespace === o.metadata.namespace));
}

export const rec = (v: unknown): Record<string, unknown> => (v !== null && typeof v === "object" && !Array.isArray(v) ? (v as Record<string, unknown>) : {});
export const arr = (v: unknown): Record<string, unknown>[] => (Array.isArray(v) ? v.map(rec) : []);
export const str = (v: unknown, fallback = ""): string => (v === undefined || v === null ? fallback : typeof v === "string" ? v : JSON.stringify(v));
