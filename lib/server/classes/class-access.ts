import "server-only";
import { hasRole } from "@/lib/validations/user";
import { ApiError } from "../api-error";
import type { SessionUser } from "../current-user";
import { db } from "../db";

export interface TaughtClass {
  readonly id: string;
  readonly name: string;
  readonly joinCode: string;
  readonly ownerId: string;
  readonly createdAt: Date;
}

/**
 * A class the user may teach: an admin sees every class, an instructor only those they own or
 * co-teach. A learner gets 403; an instructor of other classes gets 404, so a class's existence
 * does not leak.
 */
export async function getTaughtClassOrThrow(user: SessionUser, classId: string): Promise<TaughtClass> {
  if (!hasRole(user.role, "instructor")) throw new ApiError(403, `Only a class's instructors see it; your account is a ${user.role}.`);
  const found = await db.class.findFirst({
    where: { id: classId, ...(hasRole(user.role, "admin") ? {} : { instructors: { some: { userId: user.id } } }) },
    select: { id: true, name: true, joinCode: true, ownerId: true, createdAt: true },
  });
  if (!found) throw new ApiError(404, `No class with id "${classId}" that you teach. See /instructor for your classes.`);
  return found;
}

/** Whether the user belongs to the class as a learner. */
export async function isClassMember(userId: string, classId: string): Promise<boolean> {
  return (await db.classMember.findUnique({ where: { classId_userId: { classId, userId } }, select: { userId: true } })) !== null;
}
