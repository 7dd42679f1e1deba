import "server-only";
import type { CreateAssignmentInput } from "@/lib/validations/class";
import { ApiError } from "../api-error";
import { db } from "../db";
import { visibleDecksWhere } from "../decks/list-decks";
import { isUniqueViolation } from "../is-unique-violation";
import { visibleScenariosWhere } from "../scenarios/scenario-visibility";
import { refreshStudyCatalogues } from "./refresh-study-catalogues";

/**
 * Assigns a deck or a live scenario the instructor may see (their own, public, built-in, or shared
 * with a class they teach) to the class. Assigning the same thing twice answers 409.
 */
export async function createAssignment(instructorId: string, classId: string, input: CreateAssignmentInput): Promise<{ id: string }> {
  if (input.deckId !== undefined) {
    const deck = await db.deck.findFirst({ where: { id: input.deckId, ...visibleDecksWhere(instructorId) }, select: { id: true } });
    if (!deck) throw new ApiError(404, `No deck with id "${input.deckId}" that you can assign: use one of your own, a public or a built-in deck.`, [{ path: "deckId", message: "No such deck." }]);
  } else {
    const scenario = await db.scenario.findFirst({ where: { AND: [{ id: input.scenarioId }, await visibleScenariosWhere(instructorId)] }, select: { id: true } });
    if (!scenario) throw new ApiError(404, `No scenario "${input.scenarioId}". See /scenarios for the list.`, [{ path: "scenarioId", message: "No such scenario." }]);
  }
  try {
    const created = await db.assignment.create({
      data: { classId, deckId: input.deckId ?? null, scenarioId: input.scenarioId ?? null, dueAt: input.dueAt, introduceAll: input.introduceAll },
      select: { id: true },
    });
    if (input.deckId !== undefined) await refreshStudyCatalogues(classId);
    return created;
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    const what = input.deckId !== undefined ? `deck "${input.deckId}"` : `scenario "${input.scenarioId}"`;
    throw new ApiError(409, `This class already has the ${what} assigned. Remove that assignment first to change its due date.`);
  }
}

export async function deleteAssignment(classId: string, assignmentId: string): Promise<void> {
  const found = await db.assignment.findFirst({ where: { id: assignmentId, classId }, select: { deckId: true } });
  if (!found) throw new ApiError(404, `No assignment with id "${assignmentId}" in this class.`);
  await db.assignment.delete({ where: { id: assignmentId } });
  if (found.deckId) await refreshStudyCatalogues(classId, [found.deckId]);
}
