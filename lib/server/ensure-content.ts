import "server-only";
import { contentFingerprint, syncBuiltInContent } from "./content-sync";
import { isPostgresUrl } from "./database-url";
import { db } from "./db";
import { withAdvisoryLock } from "./postgres";

/** pg_advisory_lock key of the content sync ("kdsync" in ASCII): one instance syncs at a time. */
const CONTENT_SYNC_LOCK = "118079178239587";

/**
 * Keeps the database in step with content/ while the app runs: checks a cheap fingerprint of the
 * deck files at most every few seconds and re-syncs when it changed. Concurrent callers share one sync;
 * on PostgreSQL, instances take turns (an advisory lock), and the next finds the decks unchanged by hash.
 */
const CHECK_INTERVAL_MS = 3_000;
const state = globalThis as unknown as {
  kubedeckContent?: { fingerprint: string; checkedAt: number; running: Promise<void> | null };
};

export async function ensureContentSynced(root: string = process.cwd()): Promise<void> {
  const current = (state.kubedeckContent ??= { fingerprint: "", checkedAt: 0, running: null });
  if (current.running) return current.running;
  const now = Date.now();
  if (now - current.checkedAt < CHECK_INTERVAL_MS) return;
  current.checkedAt = now;
  const fingerprint = contentFingerprint(root);
  if (fingerprint === current.fingerprint) return;
  const sync = () => syncBuiltInContent(db, root);
  current.running = (isPostgresUrl() ? withAdvisoryLock(CONTENT_SYNC_LOCK, sync) : sync())
    .then(() => {
      current.fingerprint = fingerprint;
    })
    .catch((error: unknown) => {
      console.error("Syncing content/ failed; the previous cards stay in place:", error);
    })
    .finally(() => {
      current.running = null;
    });
  return current.running;
}
