import "server-only";
import { normaliseJoinCode } from "@/lib/classes/join-code";
import { ApiError } from "../api-error";
import type { SessionUser } from "../current-user";
import { db } from "../db";
import { getTaughtClassOrThrow, isClassMember } from "./class-access";
import { refreshStudyCatalogues } from "./refresh-study-catalogues";

/** The class a join code (or a pasted /join/CODE link) opens, or a 404 that says what to do. */
export async function findClassByCodeOrThrow(input: string) {
  const joinCode = normaliseJoinCode(input);
  const found = await db.class.findUnique({ where: { joinCode }, select: { id: true, name: true, joinCode: true } });
  if (!found) throw new ApiError(404, `No class has the join code "${joinCode}". Check it with your instructor: codes change when they are rotated.`, [{ path: "joinCode", message: "No class has this join code." }]);
  return found;
}

/** Adds the user to the class the code opens; joining twice is the same as once. */
export async function joinClass(userId: string, joinCode: string): Promise<{ classId: string; name: string }> {
  const found = await findClassByCodeOrThrow(joinCode);
  await db.classMember.upsert({ where: { classId_userId: { classId: found.id, userId } }, update: {}, create: { classId: found.id, userId } });
  await refreshStudyCatalogues(found.id);
  return { classId: found.id, name: found.name };
}

/**
 * Takes a learner out of a class: the learner themselves (leaving), or one of the class's
 * instructors (removing). Their reviews and attempts stay theirs; the class stops seeing them.
 */
export async function removeMember(actor: SessionUser, classId: string, userId: string): Promise<void> {
  if (actor.id === userId) {
    // Leaving: only one's own membership matters; a class one is not in is as good as absent.
    if (!(await isClassMember(userId, classId))) throw new ApiError(404, `You are not a member of class "${classId}"; nothing to leave.`);
  } else {
    await getTaughtClassOrThrow(actor, classId);
  }
  const removed = await db.classMember.deleteMany({ where: { classId, userId } });
  if (removed.count === 0) throw new ApiError(404, `No member with id "${userId}" in this class.`);
  await refreshStudyCatalogues(classId);
}

/** Adds a co-instructor by email: an existing account with the instructor or admin role. */
export async function addCoInstructor(classId: string, email: string): Promise<{ userId: string; name: string; email: string }> {
  const user = await db.user.findUnique({ where: { email }, select: { id: true, name: true, email: true, role: true } });
  if (!user) throw new ApiError(422, `No account has the email ${email}: ask them to sign up first.`, [{ path: "email", message: "No account has this email." }]);
  if (user.role !== "instructor" && user.role !== "admin") {
    throw new ApiError(422, `${email} is a ${user.role}; only instructors can co-teach. An admin can change their role.`, [{ path: "email", message: "This account is not an instructor." }]);
  }
  await db.classInstructor.upsert({ where: { classId_userId: { classId, userId: user.id } }, update: {}, create: { classId, userId: user.id, role: "co" } });
  return { userId: user.id, name: user.name, email: user.email };
}
