import { parseArgs } from "node:util";
import { EXIT_USAGE, type CliCommand } from "../command";

const USAGE = `Usage: npx kubedeck user:list [--json]

Lists every account in the database named by DATABASE_URL, newest first: email, role, whether it is
disabled, when it was created, name. --json prints { "users": [...] } instead.
Exit codes: 0 listed, 1 failed, 2 usage error.`;

export const command: CliCommand = {
  name: "user:list",
  summary: "List accounts with their roles and whether they are disabled.",
  usage: USAGE,
  run: async (args, io) => {
    let json: boolean | undefined;
    try {
      ({ values: { json } } = parseArgs({ args: [...args], options: { json: { type: "boolean" } }, strict: true, allowPositionals: false }));
    } catch (error) {
      io.stderr(`kubedeck user:list: ${(error as Error).message}\n\n${USAGE}\n`);
      return EXIT_USAGE;
    }
    const { createPrismaClient } = await import("@/lib/server/prisma-client");
    const { listAccounts } = await import("@/lib/server/admin/manage-accounts");
    const { describeUserError } = await import("../describe-user-error");
    const db = createPrismaClient();
    try {
      const users = await listAccounts(db);
      if (json) {
        io.stdout(`${JSON.stringify({ users }, null, 2)}\n`);
        return 0;
      }
      const rows = users.map((user) => [user.email, user.role, user.disabledAt ? `disabled ${user.disabledAt.toISOString().slice(0, 10)}` : "active", user.createdAt.toISOString().slice(0, 10), user.name]);
      const table = [["EMAIL", "ROLE", "STATUS", "CREATED", "NAME"], ...rows];
      const widths = table[0]?.map((_, column) => Math.max(...table.map((row) => row[column]?.length ?? 0))) ?? [];
      io.stdout(table.map((row) => row.map((cell, column) => (column === row.length - 1 ? cell : cell.padEnd((widths[column] ?? 0) + 3))).join("")).join("\n") + "\n");
      io.stdout(`${users.length} account${users.length === 1 ? "" : "s"}.\n`);
      return 0;
    } catch (error) {
      io.stderr(`kubedeck user:list: ${describeUserError(error)}\n`);
      return 1;
    } finally {
      await db.$disconnect();
    }
  },
};
