/**
 * Events as `kubectl get events` shows them: type, reason, involved object, message, count and
 * first/last timestamps on the virtual clock. A repeat of the same event on the same object increments
 * the count instead of adding a line, as the event recorder's aggregation does.
 */
import type { KubeObject } from "../object";

export interface ClusterEvent {
  readonly type: "Normal" | "Warning";
  readonly reason: string;
  readonly message: string;
  readonly involvedObject: { readonly kind: string; readonly namespace?: string; readonly name: string; readonly uid?: string };
  readonly source: string;
  count: number;
  readonly firstSeconds: number;
  lastSeconds: number;
  readonly seq: number;
}

export class EventRecorder {
  private readonly byKey = new Map<string, ClusterEvent>();
  private seq = 0;

  constructor(private readonly limit = Number.POSITIVE_INFINITY) {}

  record(object: KubeObject, type: "Normal" | "Warning", reason: string, message: string, source: string, now: number): void {
    const meta = object.metadata;
    const key = `${meta.uid ?? `${object.kind}/${meta.namespace ?? ""}/${meta.name ?? ""}`}|${type}|${reason}|${message}`;
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
  }
}
