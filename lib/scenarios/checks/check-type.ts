/**
 * What a check type is: a zod schema for its parameters and either a condition (evaluated on a
 * cluster view, any number of times: standalone, or before, during and after a fault) or an action
 * (which changes a cluster of its own, built fresh from the scenario and the answer).
 */
import type { z } from "zod";
import type { Cluster } from "../../cluster/cluster";
import type { KubeObject } from "../../cluster/object";
import { indexCluster, type ClusterIndex } from "../../cluster/network";

export interface CheckOutcome {
  passed: boolean;
  message: string;
  trace?: string[];
}

/** A settled cluster at one virtual instant, with its objects read once and indexed lazily. */
export class ClusterView {
  readonly objects: KubeObject[];
  readonly now: string;
  private indexed: ClusterIndex | undefined;

  /**
   * `terminalFile(path)` reads the files of the learner's shell (`> /root/answer.txt`) when the answer
   * was given at the terminal; absent for manifest answers and the fresh clusters of action checks.
   */
  constructor(readonly cluster: Cluster, readonly seed: number, readonly terminalFile?: (path: string) => string | undefined) {
    this.objects = cluster.objects();
    this.now = cluster.iso();
  }

  get index(): ClusterIndex {
    this.indexed ??= indexCluster(this.objects);
    return this.indexed;
  }
}

export interface ActionContext {
  seed: number;
  /** A new cluster: the scenario's starting cluster with the answer applied and settled. */
  withAnswer(): Cluster;
  /** A new cluster with only the starting objects, settled; `applyAnswer` then applies the answer. */
  withoutAnswer(): { cluster: Cluster; applyAnswer: () => void };
}

export interface ConditionType<P> {
  readonly kind: "condition";
  readonly type: string;
  readonly schema: z.ZodType<P>;
  evaluate(view: ClusterView, params: P): CheckOutcome;
}

export interface ActionType<P> {
  readonly kind: "action";
  readonly type: string;
  readonly schema: z.ZodType<P>;
  run(ctx: ActionContext, params: P): CheckOutcome;
  /**
   * For actions about the answer itself: start watching the graded cluster before the answer is
   * applied (undefined when these parameters need a cluster of their own); the returned function,
   * called once the answer has settled, gives the outcome. Saves building a second cluster.
   */
  watchAnswer?(cluster: Cluster, params: P, seed: number): (() => CheckOutcome) | undefined;
}

export type CheckType<P> = ConditionType<P> | ActionType<P>;

export const pass = (message: string, trace?: string[]): CheckOutcome => ({ passed: true, message, ...(trace && trace.length > 0 ? { trace } : {}) });
export const failure = (message: string, trace?: string[]): CheckOutcome => ({ passed: false, message, ...(trace && trace.length > 0 ? { trace } : {}) });
