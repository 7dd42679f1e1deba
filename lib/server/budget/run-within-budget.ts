import "server-only";
import { availableParallelism } from "node:os";
import { ApiError } from "../api-error";
import { BudgetExceeded, createBudgetPool, TaskFailed, type BudgetPool } from "./budget-pool";
import { budgetTasks, type BudgetTasks } from "./budget-tasks";

/**
 * Runs a budget task (./budget-tasks.ts) in the process's pool of worker threads, so that no input a
 * user sends can stall the process or crash it: past its time budget, out of memory or out of stack,
 * it answers 422 "too complex: …" with what to change. scripts/serve.mjs names the bundled thread
 * entry in KUBEDECK_BUDGET_WORKER; without it (`next dev`), tasks run inline without a budget.
 */
const THREADS = Math.max(1, Math.min(2, availableParallelism()));
const LIMITS = { maxOldGenerationSizeMb: 256, maxYoungGenerationSizeMb: 32, stackSizeMb: 4 };

const globalForBudget = globalThis as unknown as { kubedeckBudgetPool?: BudgetPool };

function pool(): BudgetPool | null {
  const entry = process.env.KUBEDECK_BUDGET_WORKER;
  if (!entry) return null;
  globalForBudget.kubedeckBudgetPool ??= createBudgetPool({ entry, size: THREADS, resourceLimits: LIMITS });
  return globalForBudget.kubedeckBudgetPool;
}

/** The 422 for work that did not finish within its budget; `what` names the input and how to simplify it. */
export function tooComplex(reason: BudgetExceeded["reason"], what: string, budgetMs: number): ApiError {
  const why = { time: `it took more than ${budgetMs / 1000} s to read`, memory: "reading it needed too much memory", stack: "it is nested too deeply" }[reason];
  return new ApiError(422, `too complex: ${why}. ${what}`);
}

export async function runWithinBudget<K extends keyof BudgetTasks>(
  task: K,
  input: Parameters<BudgetTasks[K]>[0],
  budget: { readonly ms: number; readonly what: string },
): Promise<ReturnType<BudgetTasks[K]>> {
  const threads = pool();
  try {
    if (!threads) return budgetTasks[task](input as never) as ReturnType<BudgetTasks[K]>;
    return await threads.run<ReturnType<BudgetTasks[K]>>(task, input, budget.ms);
  } catch (error) {
    if (error instanceof BudgetExceeded) throw tooComplex(error.reason, budget.what, budget.ms);
    if (error instanceof RangeError && /call stack/i.test(error.message)) throw tooComplex("stack", budget.what, budget.ms);
    if (error instanceof TaskFailed) {
      const { failure } = error;
      if (failure.kind === "too-deep") throw tooComplex("stack", budget.what, budget.ms);
      if (failure.kind === "api" && failure.status) throw new ApiError(failure.status as ApiError["status"], failure.message, failure.issues);
      // The parser gave up on this input: the user can change it, so a 422 (the details go to the log).
      console.error(`${task} failed in its thread:`, failure.message);
      throw new ApiError(422, `too complex: it could not be read. ${budget.what}`);
    }
    throw error;
  }
}
