/**
 * Events as `kubectl get events` shows them: type, reason, involved object, message, count and
 * first/last timestamps on the virtual clock. A repeat of the same event on the same object increments
 * the count instead of adding a line, as the event recorder's aggregation does; past ten distinct
 * messages for one object and reason, further ones are combined into one "(combined from similar
 * events)" line, as the EventCorrelator does. Events are kept per object (a few each), so recording
 * one allocates no lookup keys.
 */
import type { KubeObject } from "../object";

export interface ClusterEvent {
  readonly type: "Normal" | "Warning";
  readonly reason: string;
  message: string;
  readonly involvedObject: { readonly kind: string; readonly namespace?: string; readonly name: string; readonly uid?: string };
  readonly source: string;
  count: number;
  readonly firstSeconds: number;
  lastSeconds: number;
  readonly seq: number;
}

const SIMILAR_LIMIT = 10;
const COMBINED = "(combined from similar events): ";

export class EventRecorder {
  private readonly byObject = new Map<string, ClusterEvent[]>();
  private seq = 0;
  private total = 0;

  constructor(private readonly limit = Number.POSITIVE_INFINITY) {}

  record(object: KubeObject, type: "Normal" | "Warning", reason: string, message: string, source: string, now: number): void {
    const meta = object.metadata;
    const id = meta.uid ?? `${object.kind}/${meta.namespace ?? ""}/${meta.name ?? ""}`;
    let list = this.byObject.get(id);
    let similar = 0;
    let combined: ClusterEvent | undefined;
    if (list) {
      for (const e of list) {
        if (e.reason !== reason || e.type !== type) continue;
        if (e.message === message) {
          e.count += 1;
          e.lastSeconds = now;
          return;
        }
        similar += 1;
        if (e.message.startsWith(COMBINED)) combined = e;
      }
    }
    if (similar >= SIMILAR_LIMIT) {
      if (combined) {
        combined.count += 1;
        combined.lastSeconds = now;
        combined.message = `${COMBINED}${message}`;
        return;
      }
      message = `${COMBINED}${message}`;
    }
    if (this.total >= this.limit) return;
    if (!list) this.byObject.set(id, (list = []));
    this.total += 1;
    list.push({
      type,
      reason,
      message,
      // One record of the object per object (every event of it names the same one; list() copies it).
      involvedObject: list[0]?.involvedObject ?? { kind: object.kind, namespace: meta.namespace, name: meta.name ?? "", uid: meta.uid },
      source,
      count: 1,
      firstSeconds: now,
      lastSeconds: now,
      seq: (this.seq += 1),
    });
  }

  /** Every event in the order first recorded. Copies, so callers cannot change the record. */
  list(): ClusterEvent[] {
    const out: ClusterEvent[] = [];
    for (const list of this.byObject.values()) for (const e of list) out.push({ ...e, involvedObject: { ...e.involvedObject } });
    return out.sort((a, b) => a.seq - b.seq);
  }

  get size(): number {
    return this.total;
  }

  clear(): void {
    this.byObject.clear();
    this.total = 0;
  }
}
