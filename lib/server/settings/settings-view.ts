import "server-only";
import { LEECH_ACTIONS, type LeechActionName, type SettingsView } from "@/lib/validations/settings";
import { getStudySettings } from "../study/get-settings";
import { parseParameters } from "../study/srs-records";

type SettingsRow = Awaited<ReturnType<typeof getStudySettings>>;

function leechAction(value: string): LeechActionName {
  return (LEECH_ACTIONS as readonly string[]).includes(value) ? (value as LeechActionName) : "suspend";
}

/** The settings as the form and the API show them (defaults created on first use). */
export function settingsViewFromRow(row: SettingsRow): SettingsView {
  return {
    desiredRetention: row.desiredRetention,
    newCardsPerDay: row.newCardsPerDay,
    maxReviewsPerDay: row.maxReviewsPerDay,
    timeZone: row.timeZone,
    leechThreshold: row.leechThreshold,
    leechAction: leechAction(row.leechAction),
    parametersFitAt: row.parametersFitAt?.toISOString() ?? null,
    personalParameters: parseParameters(row.fsrsParameters) !== undefined,
  };
}

export async function getSettingsView(userId: string): Promise<SettingsView> {
  return settingsViewFromRow(await getStudySettings(userId));
}
