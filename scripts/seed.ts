/**
 * Loads what a fresh database needs: the demo accounts (idempotent) and the built-in content.
 */
import { createPrismaClient } from "@/lib/server/prisma-client";
import { ensureDemoAccounts } from "@/lib/server/demo-accounts";
import { syncBuiltInContent } from "@/lib/server/content-sync";

const db = createPrismaClient();
try {
  const created = await ensureDemoAccounts(db);
  for (const account of created) console.log(`seed: created demo ${account.role} ${account.email}`);
  const report = await syncBuiltInContent(db, process.cwd());
  console.log(`seed: content ${report.summary}`);
} finally {
  await db.$disconnect();
}
