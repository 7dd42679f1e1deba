/** The demo accounts the README lists; created on start-up when missing, never overwritten. */
import type { PrismaClient } from "@/prisma/generated/client";
import { createUser, type CreatedUser } from "./create-user";

export const DEMO_ACCOUNTS = [
  { email: "learner@example.com", password: "kubedeck-learner", name: "Demo Learner", role: "learner" },
  { email: "instructor@example.com", password: "kubedeck-instructor", name: "Demo Instructor", role: "instructor" },
] as const;

export async function ensureDemoAccounts(db: PrismaClient): Promise<CreatedUser[]> {
  const created: CreatedUser[] = [];
  for (const account of DEMO_ACCOUNTS) {
    const existing = await db.user.findUnique({ where: { email: account.email }, select: { id: true } });
    if (!existing) created.push(await createUser(db, account));
  }
  return created;
}
