/**
 * Wake-ups on the virtual clock: one per (controller, key), replaced whenever the key is reconciled
 * again (like a work queue's AddAfter). A binary heap with lazy invalidation. Periodic wake-ups
 * (crash-loop back-off, cron schedules, probe re-checks of a stable pod) do not keep `settle` running:
 * a cluster whose only future work is periodic is stable, if perhaps failing.
 */
interface Entry {
  readonly at: number;
  readonly seq: number;
  readonly controller: string;
  readonly key: string;
  readonly periodic: boolean;
}

export interface DueWake {
  readonly controller: string;
  readonly key: string;
}

export class Timers {
  private heap: Entry[] = [];
  /** The live wake-up per controller, then per key (no joined lookup keys to build). */
  private readonly live = new Map<string, Map<string, Entry>>();
  private seq = 0;
  private progressCount = 0;

  /** Sets (or with `at` undefined, clears) the wake-up of `key` for `controller`. */
  set(controller: string, key: string, at: number | undefined, periodic: boolean): void {
    let byKey = this.live.get(controller);
    if (!byKey) {
      if (at === undefined) return;
      this.live.set(controller, (byKey = new Map()));
    }
    const previous = byKey.get(key);
    if (previous && previous.at === at && previous.periodic === periodic) return;
    if (previous && !previous.periodic) this.progressCount -= 1;
    if (at === undefined) {
      if (previous) byKey.delete(key);
      return;
    }
    const entry: Entry = { at, seq: (this.seq += 1), controller, key, periodic };
    byKey.set(key, entry);
    if (!periodic) this.progressCount += 1;
    this.push(entry);
  }

  /** Whether a non-periodic wake-up is pending (work that will change the cluster). */
  hasProgress(): boolean {
    return this.progressCount > 0;
  }

  /** The time of the earliest live wake-up, or undefined. */
  peek(): number | undefined {
    this.dropStale();
    return this.heap[0]?.at;
  }

  /** Removes and returns every wake-up due at or before `time`. */
  popDue(time: number): DueWake[] {
    const out: DueWake[] = [];
    for (;;) {
      this.dropStale();
      const top = this.heap[0];
      if (!top || top.at > time) return out;
      this.pop();
      this.live.get(top.controller)?.delete(top.key);
      if (!top.periodic) this.progressCount -= 1;
      out.push(top);
    }
  }

  clear(): void {
    this.heap = [];
    this.live.clear();
    this.progressCount = 0;
  }

  private isLive(entry: Entry): boolean {
    return this.live.get(entry.controller)?.get(entry.key) === entry;
  }

  private dropStale(): void {
    for (;;) {
      const top = this.heap[0];
      if (!top || this.isLive(top)) return;
      this.pop();
    }
  }

  private less(a: Entry, b: Entry): boolean {
    return a.at < b.at || (a.at === b.at && a.seq < b.seq);
  }

  private push(entry: Entry): void {
    const heap = this.heap;
    heap.push(entry);
    let i = heap.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const p = heap[parent];
      if (!p || !this.less(entry, p)) break;
      heap[i] = p;
      i = parent;
    }
    heap[i] = entry;
  }

  private pop(): void {
    const heap = this.heap;
    const last = heap.pop();
    if (!last || heap.length === 0) return;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let smallest = last;
      let at = -1;
      const le = heap[l];
      const re = heap[r];
      if (le && this.less(le, smallest)) { smallest = le; at = l; }
      if (re && this.less(re, smallest)) { smallest = re; at = r; }
      if (at < 0) break;
      heap[i] = smallest;
      i = at;
    }
    heap[i] = last;
  }
}
