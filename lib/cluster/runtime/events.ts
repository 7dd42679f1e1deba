/**
 * Events as `kubectl get events` shows them: type, reason, involved object, message, count and
 * first/last timestamps on the virtual clock. A repeat of the same event on the same object increments
 * the count instead of adding a line, as the event recorder's aggregation does.
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

/** After this many distinct messages for one object and reason, further ones are combined (EventCorrelator). */
const SIMILAR_LIMIT = 10;

export class EventRecorder {
  private readonly byKey = new Map<string, ClusterEvent>();
  private readonly similar = new Map<string, number>();
  private seq = 0;

  constructor(private readonly limit = Number.POSITIVE_INFINITY) {}

  record(object: KubeObject, type: "Normal" | "Warning", reason: string, message: string, source: string, now: number): void {
    const meta = object.metadata;
    const base = `${meta.uid ?? `${object.kind}/${meta.namespace ?? ""}/${meta.name ?? ""}`}|${type}|${reason}`;
    let key = `${base}|${message}`;
    if (!this.byKey.has(key)) {
      const distinct = (this.similar.get(base) ?? 0) + 1;
      this.similar.set(base, distinct);
      if (distinct > SIMILAR_LIMIT) {
        key = `${base}|(combined)`;
        message = `(combined from similar events): ${message}`;
        const combined = this.byKey.get(key);
        if (combined) {
          combined.count += 1;
          combined.lastSeconds = now;
          combined.message = message;
          return;
        }
      }
    }
    const existing = this.byKey.get(key);
    if (existing) {
      existing.count += 1;
      existing.lastSeconds = now;
      return;
    }
    if (this.byKey.size >= this.limit) return;
    this.byKey.set(key, {
      type,
      reason,
      message,
      involvedObject: { kind: object.kind, namespace: meta.namespace, name: meta.name ?? "", uid: meta.uid },
      source,
      count: 1,
      firstSeconds: now,
      lastSeconds: now,
      seq: (this.seq += 1),
    });
  }

  /** Every event in the order first recorded. Copies, so callers cannot change the record. */
  list(): ClusterEvent[] {
    return [...this.byKey.values()].map((e) => ({ ...e, involvedObject: { ...e.involvedObject } }));
  }

  get size(): number {
    return this.byKey.size;
  }

  clear(): void {
    this.byKey.clear();
    this.similar.clear();
  }
}
