import "server-only";
import { hasRole } from "@/lib/validations/user";
import type { SessionUser } from "../current-user";
import { db } from "../db";

export interface ClassListing {
  readonly id: string;
  readonly name: string;
  /** Only for the classes the user teaches. */
  readonly joinCode?: string;
  readonly role: "owner" | "co" | "admin" | "member";
  readonly members: number;
  readonly assignments: number;
}

/** The classes the user teaches (an admin: every class), then those they belong to as a learner. */
export async function listMyClasses(user: SessionUser): Promise<{ teaching: ClassListing[]; member: ClassListing[] }> {
  const admin = hasRole(user.role, "admin");
  const counts = { _count: { select: { members: true, assignments: true } } } as const;
  const [taught, joined] = await Promise.all([
    hasRole(user.role, "instructor")
      ? db.class.findMany({
          where: admin ? {} : { instructors: { some: { userId: user.id } } },
          orderBy: { createdAt: "desc" },
          select: { id: true, name: true, joinCode: true, instructors: { where: { userId: user.id }, select: { role: true } }, ...counts },
        })
      : Promise.resolve([]),
    db.class.findMany({ where: { members: { some: { userId: user.id } } }, orderBy: { name: "asc" }, select: { id: true, name: true, ...counts } }),
  ]);
  return {
    teaching: taught.map((row) => ({
      id: row.id,
      name: row.name,
      joinCode: row.joinCode,
      role: row.instructors[0]?.role === "owner" ? "owner" : row.instructors[0] ? "co" : "admin",
      members: row._count.members,
      assignments: row._count.assignments,
    })),
    member: joined.map((row) => ({ id: row.id, name: row.name, role: "member", members: row._count.members, assignments: row._count.assignments })),
  };
}
