import { readJsonBody } from "@/lib/server/api-error";
import { withApiUser } from "@/lib/server/api-v1/with-api-user";
import { db } from "@/lib/server/db";
import { listAuthoredScenarios, saveAuthoredScenario } from "@/lib/server/scenarios/save-authored-scenario";
import { MAX_DECK_REQUEST_BYTES, scenarioRequestSchema } from "@/lib/validations/authoring";

/** The caller's authored scenarios (instructors and admins). */
export const GET = withApiUser(async (_request, { user }) => Response.json({ scenarios: await listAuthoredScenarios(db, user.id) }), { scope: "read", role: "instructor" });

/** Creates a scenario from Markdown; published only when asked and it verifies, a draft otherwise. */
export const POST = withApiUser(
  async (request, { user }) => {
    const input = scenarioRequestSchema.parse(await readJsonBody(request));
    const result = await saveAuthoredScenario(db, user, input, { mode: "create" }, new Date());
    return Response.json(result, { status: input.dryRun ? 200 : 201 });
  },
  { scope: "write", role: "instructor", maxBodyBytes: MAX_DECK_REQUEST_BYTES },
);
