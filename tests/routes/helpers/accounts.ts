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
