import { readJsonBody } from "@/lib/server/api-error";
import { getSettingsView } from "@/lib/server/settings/settings-view";
import { updateSettings } from "@/lib/server/settings/update-settings";
import { withUser } from "@/lib/server/with-user";

/** The learner's study settings. */
export const GET = withUser(async (_request, { user }) => Response.json({ settings: await getSettingsView(user.id) }));

/** Replaces the learner's study settings (all fields; 422 names each invalid field). */
export const PUT = withUser(async (request, { user }) => Response.json({ settings: await updateSettings(user.id, await readJsonBody(request)) }));
