/** Creates accounts of any role directly in the app's database (the one DATABASE_URL names). */
import { createPrismaClient } from "@/lib/server/prisma-client";
import { createUser } from "@/lib/server/create-user";
import type { Role } from "@/lib/validations/user";
import { HttpSession, uniqueEmail } from "./http-session";

export const TEST_PASSWORD = "correct-horse-battery";

export async function signedInAs(role: Role): Promise<{ session: HttpSession; email: string }> {
  const db = createPrismaClient();
  const email = uniqueEmail(role);
  try {
    await createUser(db, { email, password: TEST_PASSWORD, role, name: `Test ${role}` });
  } finally {
    await db.$disconnect();
  }
  const session = new HttpSession();
  await session.signIn(email, TEST_PASSWORD);
  return { session, email };
}

/** An API token for an account (as Settings → API tokens or `kubedeck token:create` make one). */
export async function apiTokenFor(email: string, scope: "read" | "write", options: { days?: number; revoked?: boolean; now?: Date } = {}): Promise<string> {
  const { createApiToken } = await import("@/lib/server/tokens/create-api-token");
  const db = createPrismaClient();
  try {
    const user = await db.user.findUniqueOrThrow({ where: { email: email.toLowerCase() } });
    const created = await createApiToken(db, user.id, { name: `test ${scope}`, scope, days: options.days }, options.now ?? new Date());
    if (options.revoked) await db.apiToken.update({ where: { id: created.id }, data: { revokedAt: new Date() } });
    return created.token;
  } finally {
    await db.$disconnect();
  }
}
