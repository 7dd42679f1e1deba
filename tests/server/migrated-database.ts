/** A fresh SQLite database with every migration applied, in a scratch folder, for integration tests. */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createPrismaClient } from "@/lib/server/prisma-client";

const root = path.resolve(__dirname, "../..");

export function migratedDatabase(name: string) {
  const folder = mkdtempSync(path.join(tmpdir(), `kubedeck-${name}-`));
  const url = `file:${path.join(folder, "test.db")}`;
  execFileSync(process.execPath, [path.join(root, "node_modules/prisma/build/index.js"), "migrate", "deploy"], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: url, CHECKPOINT_DISABLE: "1" },
    stdio: "ignore",
  });
  const db = createPrismaClient(url);
  return {
    db,
    folder,
    url,
    async dispose() {
      await db.$disconnect();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}
