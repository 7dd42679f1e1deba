/**
 * The control loop: store changes enqueue keys per controller; a round drains each controller's
 * queue once, in a fixed order, so bursts of changes coalesce; when no work is left the virtual clock
 * jumps to the next wake-up. `settle` stops when nothing but periodic wake-ups remain (stable, perhaps
 * failing), or at its step or virtual-time cap (not stable, and it says which).
 */
import { ApiRejection } from "../api-errors";
import type { Controller, ReconcileResult } from "../controllers/controller";
import type { StoreChange } from "../store/store";
import type { Runtime } from "./context";
import { Timers } from "./timers";

export interface SettleOptions {
  /** Reconcile rounds before giving up (default 10,000). */
  readonly maxSteps?: number;
  /** Virtual seconds before giving up (default 3,600). */
  readonly maxVirtualSeconds?: number;
}

export interface SettleResult {
  readonly stable: boolean;
  /** Virtual seconds this settle advanced the clock. */
  readonly virtualSeconds: number;
  readonly steps: number;
  readonly reconciles: number;
  /** Why it stopped without settling (a cap), when `stable` is false. */
  readonly reason?: string;
}

export type Observer = (now: number) => void;

type Watch = Controller["watches"][string];

/** One controller's interest in one kind: its watch and the enqueue that feeds its queue. */
interface Subscription {
  readonly watch: Watch;
  readonly enqueue: (key: string) => void;
}

export class Engine {
  private readonly queues = new Map<string, Set<string>>();
  private readonly timers = new Timers();
  private readonly observers = new Set<Observer>();
  private readonly enqueuers: ((key: string) => void)[];
  /** Per kind, the controllers that watch it, in controller order (built on first sight of the kind). */
  private readonly subscriptions = new Map<string, readonly Subscription[]>();
  private pending = 0;

  constructor(private readonly rt: Runtime, private readonly controllers: readonly Controller[]) {
    this.enqueuers = controllers.map((c) => {
      const q = new Set<string>();
      this.queues.set(c.name, q);
      return (key: string) => {
        const before = q.size;
        q.add(key);
        this.pending += q.size - before;
      };
    });
    rt.store.subscribe((change) => this.dispatch(change));
  }

  observe(observer: Observer): () => void {
    this.observers.add(observer);
    return () => this.observers.delete(observer);
  }

  enqueue(controller: string, key: string): void {
    const q = this.queues.get(controller);
    if (!q) return;
    const before = q.size;
    q.add(key);
    this.pending += q.size - before;
  }

  /** Enqueues every controller's full key set (after a restore). */
  resyncAll(): void {
    this.timers.clear();
    for (const c of this.controllers) for (const key of c.resync(this.rt)) this.enqueue(c.name, key);
  }

  private subscriptionsOf(kind: string): readonly Subscription[] {
    let subs = this.subscriptions.get(kind);
    if (!subs) {
      const list: Subscription[] = [];
      this.controllers.forEach((c, i) => {
        const watch = c.watches[kind] ?? c.watches["*"];
        const enqueue = this.enqueuers[i];
        if (watch && enqueue) list.push({ watch, enqueue });
      });
      this.subscriptions.set(kind, (subs = list));
    }
    return subs;
  }

  private dispatch(change: StoreChange): void {
    const subs = this.subscriptionsOf(change.object.kind);
    for (let i = 0; i < subs.length; i += 1) {
      const s = subs[i];
      if (s) s.watch(change, s.enqueue, this.rt);
    }
  }

  /** One round: each controller reconciles the keys queued for it. Returns how many it reconciled. */
  private round(): number {
    let count = 0;
    for (const c of this.controllers) {
      const q = this.queues.get(c.name);
      if (!q || q.size === 0) continue;
      const keys = [...q];
      q.clear();
      this.pending -= keys.length;
      for (const key of keys) {
        count += 1;
        const result = this.reconcileOne(c, key);
        const at = result?.wakeAt;
        if (at !== undefined && at <= this.rt.now) {
          this.timers.set(c.name, key, undefined, false);
          this.enqueue(c.name, key);
        } else this.timers.set(c.name, key, at, result?.periodic === true);
      }
    }
    return count;
  }

  /**
   * A refusal from the API (a quota, a name taken) while a controller creates something is what a
   * real controller logs as a Warning event and retries later; anything else is a bug and propagates.
   */
  private reconcileOne(c: Controller, key: string): ReconcileResult | void {
    try {
      return c.reconcile(key, this.rt);
    } catch (e) {
      if (!(e instanceof ApiRejection)) throw e;
      const o = this.rt.store.get(key);
      if (o) this.rt.record(o, "Warning", "FailedCreate", e.message, `${c.name}-controller`);
      return { wakeAt: this.rt.now + 10, periodic: true };
    }
  }

  private drain(budget: { steps: number; reconciles: number; max: number }): boolean {
    while (this.pending > 0) {
      if (budget.steps >= budget.max) return false;
      budget.reconciles += this.round();
      budget.steps += 1;
    }
    for (const o of this.observers) o(this.rt.now);
    return true;
  }

  private fire(at: number): void {
    this.rt.now = at;
    for (const due of this.timers.popDue(at)) this.enqueue(due.controller, due.key);
  }

  settle(options: SettleOptions = {}): SettleResult {
    const maxSteps = options.maxSteps ?? 10_000;
    const maxSeconds = options.maxVirtualSeconds ?? 3_600;
    const start = this.rt.now;
    const budget = { steps: 0, reconciles: 0, max: maxSteps };
    const result = (stable: boolean, reason?: string): SettleResult => ({
      stable, virtualSeconds: this.rt.now - start, steps: budget.steps, reconciles: budget.reconciles, ...(reason ? { reason } : {}),
    });
    for (;;) {
      if (!this.drain(budget)) return result(false, `stopped after ${maxSteps} reconcile rounds with work still queued (controllers kept changing objects)`);
      if (!this.timers.hasProgress()) return result(true);
      const next = this.timers.peek();
      if (next === undefined) return result(true);
      if (next - start > maxSeconds) return result(false, `still changing after ${maxSeconds} virtual seconds (next change due at +${Math.round(next - start)} s)`);
      this.fire(next);
    }
  }

  /** Runs the cluster for `seconds` of virtual time, periodic work included. */
  advance(seconds: number, maxSteps = 100_000): SettleResult {
    const start = this.rt.now;
    const target = start + seconds;
    const budget = { steps: 0, reconciles: 0, max: maxSteps };
    for (;;) {
      if (!this.drain(budget)) return { stable: false, virtualSeconds: this.rt.now - start, steps: budget.steps, reconciles: budget.reconciles, reason: `stopped after ${maxSteps} reconcile rounds` };
      const next = this.timers.peek();
      if (next === undefined || next > target) break;
      this.fire(next);
    }
    this.rt.now = target;
    return { stable: !this.timers.hasProgress(), virtualSeconds: seconds, steps: budget.steps, reconciles: budget.reconciles };
  }
}
