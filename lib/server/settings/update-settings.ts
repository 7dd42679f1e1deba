import "server-only";
import { settingsSchema, type SettingsView } from "@/lib/validations/settings";
import { db } from "../db";
import { settingsViewFromRow } from "./settings-view";

/** Validates (zod → 422 with field paths) and stores the learner's study settings. */
export async function updateSettings(userId: string, input: unknown): Promise<SettingsView> {
  const data = settingsSchema.parse(input);
  const row = await db.studySettings.upsert({ where: { userId }, update: data, create: { userId, ...data } });
  return settingsViewFromRow(row);
}
