import { parseArgs } from "node:util";
import { EXIT_USAGE, type CliCommand } from "../command";

const USAGE = `Usage: npx kubedeck token:create --email EMAIL --name NAME [--scope read|write] [--days D]

Creates an API token for the account with EMAIL in the database named by DATABASE_URL and prints it
(once: only its hash is stored). Use it as \`Authorization: Bearer <token>\` on /api/v1, or with
\`npx kubedeck push --token\` (or KUBEDECK_TOKEN). Default scope read; no expiry unless --days.
Exit codes: 0 created, 1 rejected (unknown account, invalid input), 2 usage error.`;

export const command: CliCommand = {
  name: "token:create",
  summary: "Create an API token for an account (prints it once).",
  usage: USAGE,
  run: async (args, io) => {
    let values: { email?: string; name?: string; scope?: string; days?: string };
    try {
      ({ values } = parseArgs({
        args: [...args],
        options: { email: { type: "string" }, name: { type: "string" }, scope: { type: "string" }, days: { type: "string" } },
        strict: true,
        allowPositionals: false,
      }));
    } catch (error) {
      io.stderr(`kubedeck token:create: ${(error as Error).message}\n\n${USAGE}\n`);
      return EXIT_USAGE;
    }
    if (!values.email || !values.name) {
      io.stderr(`kubedeck token:create: --email and --name are required.\n\n${USAGE}\n`);
      return EXIT_USAGE;
    }
    const days = values.days === undefined ? undefined : Number(values.days);
    const { createPrismaClient } = await import("@/lib/server/prisma-client");
    const { createApiToken } = await import("@/lib/server/tokens/create-api-token");
    const { ApiError } = await import("@/lib/server/api-error");
    const { createApiTokenSchema } = await import("@/lib/validations/api-token");
    const parsed = createApiTokenSchema.safeParse({ name: values.name, scope: values.scope, days });
    if (!parsed.success) {
      io.stderr(parsed.error.issues.map((issue) => `kubedeck token:create: --${issue.path.join(".")}: ${issue.message}\n`).join(""));
      return 1;
    }
    const db = createPrismaClient();
    try {
      const user = await db.user.findUnique({ where: { email: values.email.trim().toLowerCase() } });
      if (!user) {
        io.stderr(`kubedeck token:create: no account with the email ${values.email}; create one with \`npx kubedeck user:create\`.\n`);
        return 1;
      }
      const created = await createApiToken(db, user.id, parsed.data, io.now()).catch((error: unknown) => {
        if (error instanceof ApiError) return error;
        throw error;
      });
      if (created instanceof ApiError) {
        io.stderr(`kubedeck token:create: ${created.message}\n`);
        return 1;
      }
      io.stderr(`Created ${created.scope} token "${created.name}" for ${user.email}${created.expiresAt ? `, expires ${created.expiresAt.slice(0, 10)}` : ", no expiry"}. It is shown only now:\n`);
      io.stdout(`${created.token}\n`);
      return 0;
    } finally {
      await db.$disconnect();
    }
  },
};
