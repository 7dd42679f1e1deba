/**
 * Entry of the checkpoint thread that scripts/serve.mjs starts in its primary process (bundled by
 * scripts/build-direct-routes.mjs): checkpoints every `workerData.intervalMs` until told "stop".
 */
import { parentPort, workerData } from "node:worker_threads";
import { runWalCheckpoints } from "./wal-checkpoints";

const intervalMs = Number((workerData as { intervalMs?: number } | null)?.intervalMs ?? 500);
const stop = runWalCheckpoints(intervalMs, (error) => console.error("serve: a WAL checkpoint failed (the next one will try again):", error));
parentPort?.on("message", (message) => {
  if (message === "stop") {
    stop();
    parentPort?.close();
  }
});
