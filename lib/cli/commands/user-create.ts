import { parseArgs } from "node:util";
import { EXIT_USAGE, type CliCommand } from "../command";

const USAGE = `Usage: npx kubedeck user:create --email EMAIL --password PASSWORD [--role learner|instructor|admin] [--name NAME]

Creates an account in the database named by DATABASE_URL (default prisma/dev.db).
Exit codes: 0 created, 1 rejected (invalid input or duplicate email), 2 usage error.`;

export const command: CliCommand = {
  name: "user:create",
  summary: "Create an account (learner, instructor or admin).",
  usage: USAGE,
  run: async (args, io) => {
    let values: { email?: string; password?: string; role?: string; name?: string };
    try {
      ({ values } = parseArgs({
        args: [...args],
        options: { email: { type: "string" }, password: { type: "string" }, role: { type: "string" }, name: { type: "string" } },
        strict: true,
        allowPositionals: false,
      }));
    } catch (error) {
      io.stderr(`kubedeck user:create: ${(error as Error).message}\n\n${USAGE}\n`);
      return EXIT_USAGE;
    }
    if (!values.email || !values.password) {
      io.stderr(`kubedeck user:create: --email and --password are required.\n\n${USAGE}\n`);
      return EXIT_USAGE;
    }
    const { createPrismaClient } = await import("@/lib/server/prisma-client");
    const { createUser } = await import("@/lib/server/create-user");
    const { describeUserError } = await import("../describe-user-error");
    const db = createPrismaClient();
    try {
      const user = await createUser(db, { email: values.email, password: values.password, role: values.role ?? "learner", name: values.name ?? "" });
      io.stdout(`Created ${user.role} ${user.email} (id ${user.id}).\n`);
      return 0;
    } catch (error) {
      io.stderr(`kubedeck user:create: ${describeUserError(error)}\n`);
      return 1;
    } finally {
      await db.$disconnect();
    }
  },
};
