/**
 * The worker side of ./budget-pool.ts: answers each `{ id, task, input }` message with the task's
 * value, or with what went wrong (an ApiError's status and issues, a stack overflow, any other error).
 * It first runs `warmUp` (so the first user's task does not pay for compiling the parsers) and then
 * posts `{ ready: true }`, when the pool starts counting a task's budget.
 */
import { parentPort } from "node:worker_threads";
import { ApiError } from "../api-error";
import type { TaskFailure, TaskReply } from "./budget-pool";

function failureOf(error: unknown): TaskFailure {
  if (error instanceof ApiError) return { kind: "api", message: error.message, status: error.status, issues: error.issues };
  if (error instanceof RangeError && /call stack/i.test(error.message)) return { kind: "too-deep", message: error.message };
  return { kind: "error", message: error instanceof Error ? (error.stack ?? error.message) : String(error) };
}

export function serveTasks(tasks: Readonly<Record<string, (input: never) => unknown>>, warmUp?: () => void): void {
  parentPort?.on("message", (message: { id: number; task: string; input: unknown }) => {
    let reply: TaskReply;
    try {
      const run = tasks[message.task];
      if (!run) throw new Error(`no task "${message.task}"`);
      reply = { id: message.id, ok: true, value: run(message.input as never) };
    } catch (error) {
      reply = { id: message.id, ok: false, failure: failureOf(error) };
    }
    parentPort?.postMessage(reply);
  });
  try {
    warmUp?.();
  } catch (error) {
    console.error("budget thread warm-up failed:", error);
  }
  parentPort?.postMessage({ ready: true });
}
