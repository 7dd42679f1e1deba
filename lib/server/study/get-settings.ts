import "server-only";
import { db } from "../db";

/** The learner's study settings, created with defaults on first use (a plain read otherwise). */
export async function getStudySettings(userId: string) {
  return (await db.studySettings.findUnique({ where: { userId } })) ?? db.studySettings.upsert({ where: { userId }, update: {}, create: { userId } });
}
