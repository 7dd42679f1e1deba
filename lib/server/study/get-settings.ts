import "server-only";
import { db } from "../db";

/** The learner's study settings, created with defaults on first use. */
export async function getStudySettings(userId: string) {
  return db.studySettings.upsert({ where: { userId }, update: {}, create: { userId } });
}
