import "server-only";
import { db } from "../db";

/** What the class page lists besides progress: members, instructors and assignments with their titles. */
export async function getClassDetails(classId: string) {
  const [members, instructors, assignments] = await Promise.all([
    db.classMember.findMany({ where: { classId }, orderBy: { joinedAt: "asc" }, select: { joinedAt: true, user: { select: { id: true, name: true, email: true } } } }),
    db.classInstructor.findMany({ where: { classId }, orderBy: { addedAt: "asc" }, select: { role: true, user: { select: { id: true, name: true, email: true } } } }),
    db.assignment.findMany({
      where: { classId },
      orderBy: [{ dueAt: "asc" }, { createdAt: "asc" }],
      select: { id: true, deckId: true, scenarioId: true, dueAt: true, introduceAll: true, deck: { select: { title: true } }, scenario: { select: { title: true } } },
    }),
  ]);
  return {
    members: members.map((member) => ({ ...member.user, joinedAt: member.joinedAt })),
    instructors: instructors.map((instructor) => ({ ...instructor.user, role: instructor.role })),
    assignments: assignments.map((assignment) => ({
      id: assignment.id,
      kind: assignment.deckId ? ("deck" as const) : ("scenario" as const),
      targetId: assignment.deckId ?? assignment.scenarioId ?? "",
      title: assignment.deck?.title ?? assignment.scenario?.title ?? "",
      dueAt: assignment.dueAt,
      introduceAll: assignment.introduceAll,
    })),
  };
}

/** A class as a learner sees it before joining: its name, who teaches it and what is assigned. */
export async function getClassPreview(classId: string) {
  const found = await db.class.findUniqueOrThrow({
    where: { id: classId },
    select: {
      name: true,
      instructors: { select: { user: { select: { name: true } } } },
      assignments: { orderBy: { createdAt: "asc" }, select: { dueAt: true, deck: { select: { title: true } }, scenario: { select: { title: true } } } },
    },
  });
  return {
    name: found.name,
    instructors: found.instructors.map((instructor) => instructor.user.name),
    assignments: found.assignments.map((assignment) => ({ title: assignment.deck?.title ?? assignment.scenario?.title ?? "", kind: assignment.deck ? "deck" : "scenario", dueAt: assignment.dueAt })),
  };
}
