/**
 * The scheduler's fast path over the node columns: walk the nodes round-robin from `start`, stop
 * after `want` feasible ones (or all of them), and keep the best score, a lower index winning a tie
 * (the list is sorted by name). The columns are read into locals once, so the loop touches only typed
 * arrays. A node that is not plain, or does not fit, is handed to `misfit`, which says whether it is
 * feasible after all (and records why not).
 */
import type { NodeColumns } from "./node-cache";
import { scoreFromColumns } from "./scoring";

export interface ColumnScan {
  /** Index of the best feasible node, or -1. */
  readonly bestIndex: number;
  /** How many nodes were looked at. */
  readonly processed: number;
}

export interface PodDemand {
  readonly cpu: number;
  readonly memory: number;
  /** The requests as scoring counts them (non-zero defaults applied). */
  readonly scoringCpu: number;
  readonly scoringMemory: number;
}

export function scanColumns(c: NodeColumns, total: number, start: number, want: number, demand: PodDemand, misfit: (i: number) => boolean): ColumnScan {
  if (c.scoredFor.cpu !== demand.scoringCpu || c.scoredFor.memory !== demand.scoringMemory) {
    c.scored.fill(0);
    c.scoredFor.cpu = demand.scoringCpu;
    c.scoredFor.memory = demand.scoringMemory;
  }
  const { plain, pods, allocPods, reqCpu, allocCpu, reqMemory, allocMemory, score, scored } = c;
  const { cpu, memory, scoringCpu, scoringMemory } = demand;
  let found = 0;
  let best = Number.NEGATIVE_INFINITY;
  let bestIndex = -1;
  let processed = 0;
  for (let i = start % Math.max(total, 1); processed < total && found < want; processed += 1, i = i + 1 === total ? 0 : i + 1) {
    // NodeResourcesFit's happy case straight from the columns; anything else goes to `misfit`.
    const fits = plain[i] === 1 && (pods[i] ?? 0) + 1 <= (allocPods[i] ?? 0) && (reqCpu[i] ?? 0) + cpu <= (allocCpu[i] ?? 0) && (reqMemory[i] ?? 0) + memory <= (allocMemory[i] ?? 0);
    if (!fits && !misfit(i)) continue;
    found += 1;
    let s = score[i] ?? 0;
    if (scored[i] !== 1) {
      s = scoreFromColumns(c, i, scoringCpu, scoringMemory);
      score[i] = s;
      scored[i] = 1;
    }
    if (s > best + 1e-9 || (bestIndex >= 0 && i < bestIndex && Math.abs(s - best) <= 1e-9)) {
      best = s;
      bestIndex = i;
    }
  }
  return { bestIndex, processed };
}
