/**
 * A small pool of worker threads that runs CPU-heavy work on user input within a time budget: a
 * task that runs past its budget has its thread terminated (the request answers 422 "too complex"
 * instead of stalling the process that serves everyone), and a thread that runs out of memory or
 * stack ends only itself. A thread's budget starts once it said it is ready (./serve-tasks.ts: loaded and
 * warmed up), so its start-up is never charged to a user's input. Framework free; the app's pool is
 * ./run-within-budget.ts.
 */
import { Worker, type ResourceLimits } from "node:worker_threads";

/** What a task reported instead of a value (see ./budget-worker.ts). */
export interface TaskFailure {
  readonly kind: "api" | "too-deep" | "error";
  readonly message: string;
  readonly status?: number;
  readonly issues?: readonly { path: string; message: string }[];
}

export type TaskReply = { readonly id: number; readonly ok: true; readonly value: unknown } | { readonly id: number; readonly ok: false; readonly failure: TaskFailure };

/** Why a task did not finish: over its time budget, or its thread died (out of memory). */
export class BudgetExceeded extends Error {
  constructor(readonly reason: "time" | "memory" | "stack", message: string) {
    super(message);
    this.name = "BudgetExceeded";
  }
}

export class TaskFailed extends Error {
  constructor(readonly failure: TaskFailure) {
    super(failure.message);
    this.name = "TaskFailed";
  }
}

interface Job {
  readonly task: string;
  readonly input: unknown;
  readonly timeoutMs: number;
  readonly resolve: (value: unknown) => void;
  readonly reject: (error: Error) => void;
}

interface Slot {
  worker: Worker;
  busy: boolean;
  /** Settles when the thread posted `{ ready: true }`. */
  ready: Promise<void>;
}

/** A thread that is not ready after this long is broken (our code, not the user's input). */
const START_LIMIT_MS = 60_000;

export interface BudgetPoolOptions {
  readonly entry: string | URL;
  readonly size: number;
  readonly resourceLimits?: ResourceLimits;
  readonly execArgv?: string[];
  readonly workerData?: unknown;
}

export interface BudgetPool {
  run<T>(task: string, input: unknown, timeoutMs: number): Promise<T>;
  close(): Promise<void>;
}

export function createBudgetPool(options: BudgetPoolOptions): BudgetPool {
  const slots: Slot[] = [];
  const queue: Job[] = [];
  let nextId = 1;
  let closed = false;

  const spawn = (): Slot => {
    const worker = new Worker(options.entry, { resourceLimits: options.resourceLimits, execArgv: options.execArgv, workerData: options.workerData });
    worker.unref(); // an idle pool never keeps the process alive
    const ready = new Promise<void>((resolve) => {
      const onReady = (message: { ready?: boolean }) => {
        if (message?.ready !== true) return;
        worker.off("message", onReady);
        resolve();
      };
      worker.on("message", onReady);
    });
    const slot: Slot = { worker, busy: false, ready };
    slots.push(slot);
    return slot;
  };

  const retire = (slot: Slot) => {
    slots.splice(slots.indexOf(slot), 1);
    void slot.worker.terminate();
  };

  const start = (slot: Slot, job: Job) => {
    slot.busy = true;
    const id = nextId++;
    let settled = false;
    let timer = setTimeout(() => finish(() => job.reject(new Error(`a budget thread did not start within ${START_LIMIT_MS} ms`)), false), START_LIMIT_MS);
    const finish = (settle: () => void, keep: boolean) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      slot.worker.off("message", onMessage);
      slot.worker.off("error", onError);
      slot.worker.off("exit", onExit);
      slot.busy = false;
      if (!keep) retire(slot);
      settle();
      pump();
    };
    const onMessage = (reply: TaskReply) => {
      if (reply.id !== id) return;
      finish(() => (reply.ok ? job.resolve(reply.value) : job.reject(new TaskFailed(reply.failure))), true);
    };
    const onError = (error: Error & { code?: string }) => {
      const memory = error.code === "ERR_WORKER_OUT_OF_MEMORY";
      finish(() => job.reject(memory ? new BudgetExceeded("memory", "ran out of memory") : error), false);
    };
    const onExit = () => finish(() => job.reject(new BudgetExceeded("memory", "its thread ended")), false);
    slot.worker.on("message", onMessage);
    slot.worker.on("error", onError);
    slot.worker.on("exit", onExit);
    void slot.ready.then(() => {
      if (settled) return;
      clearTimeout(timer);
      timer = setTimeout(() => finish(() => job.reject(new BudgetExceeded("time", `took more than ${job.timeoutMs} ms`)), false), job.timeoutMs);
      slot.worker.postMessage({ id, task: job.task, input: job.input });
    });
  };

  const pump = () => {
    while (queue.length > 0 && !closed) {
      const slot = slots.find((candidate) => !candidate.busy) ?? (slots.length < options.size ? spawn() : undefined);
      if (!slot) return;
      start(slot, queue.shift() as Job);
    }
  };

  return {
    run<T>(task: string, input: unknown, timeoutMs: number): Promise<T> {
      return new Promise<T>((resolve, reject) => {
        if (closed) return reject(new Error("the budget pool is closed"));
        queue.push({ task, input, timeoutMs, resolve: resolve as (value: unknown) => void, reject });
        pump();
      });
    },
    async close() {
      closed = true;
      await Promise.all(slots.splice(0).map((slot) => slot.worker.terminate()));
    },
  };
}
