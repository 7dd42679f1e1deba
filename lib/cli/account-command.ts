/**
 * The shape of the admin account commands (`user:role`, `user:disable`, `user:enable`): parse the
 * options, open the database, apply one change through lib/server/admin/manage-accounts.ts, print
 * what changed. Exit codes 0 done, 1 refused (unknown account, last admin, invalid role), 2 usage.
 */
import { parseArgs } from "node:util";
import type { AccountRow } from "@/lib/server/admin/manage-accounts";
import { EXIT_USAGE, type CliCommand } from "./command";

interface AccountCommandSpec {
  readonly name: string;
  readonly summary: string;
  readonly usage: string;
  /** Options besides --email, all strings. */
  readonly options?: readonly string[];
  /** The change the options ask for (validated by updateAccountSchema), or a usage error message. */
  readonly change: (values: Readonly<Record<string, string | undefined>>) => { role?: string; disabled?: boolean } | string;
  readonly done: (before: AccountRow, after: AccountRow) => string;
}

export function accountCommand(spec: AccountCommandSpec): CliCommand {
  const usageError = (message: string, io: { stderr: (text: string) => void }) => {
    io.stderr(`kubedeck ${spec.name}: ${message}\n\n${spec.usage}\n`);
    return EXIT_USAGE;
  };
  return {
    name: spec.name,
    summary: spec.summary,
    usage: spec.usage,
    run: async (args, io) => {
      let values: Record<string, string | undefined>;
      try {
        const options = Object.fromEntries(["email", ...(spec.options ?? [])].map((option) => [option, { type: "string" as const }]));
        ({ values } = parseArgs({ args: [...args], options, strict: true, allowPositionals: false }) as { values: Record<string, string | undefined> });
      } catch (error) {
        return usageError((error as Error).message, io);
      }
      if (!values.email) return usageError("--email is required.", io);
      const change = spec.change(values);
      if (typeof change === "string") return usageError(change, io);
      const { createPrismaClient } = await import("@/lib/server/prisma-client");
      const { updateAccount } = await import("@/lib/server/admin/manage-accounts");
      const { updateAccountSchema } = await import("@/lib/validations/admin");
      const { describeUserError } = await import("./describe-user-error");
      const db = createPrismaClient();
      try {
        const before = await db.user.findUnique({ where: { email: values.email.trim().toLowerCase() } });
        const after = await updateAccount(db, { email: values.email }, updateAccountSchema.parse(change), io.now());
        io.stdout(`${spec.done(before ?? after, after)}\n`);
        return 0;
      } catch (error) {
        io.stderr(`kubedeck ${spec.name}: ${describeUserError(error)}\n`);
        return 1;
      } finally {
        await db.$disconnect();
      }
    },
  };
}
