import { readJsonBody } from "@/lib/server/api-error";
import { withApiUser } from "@/lib/server/api-v1/with-api-user";
import { db } from "@/lib/server/db";
import { saveAuthoredScenario } from "@/lib/server/scenarios/save-authored-scenario";
import { MAX_DECK_REQUEST_BYTES, scenarioRequestSchema } from "@/lib/validations/authoring";

/** Saves the caller's scenario as its next revision (verified; published when asked and it passes). */
export const PUT = withApiUser<{ scenarioId: string }>(
  async (request, { user, params }) => {
    const input = scenarioRequestSchema.parse(await readJsonBody(request));
    return Response.json(await saveAuthoredScenario(db, user, input, { mode: "update", id: params.scenarioId }, new Date()));
  },
  { scope: "write", role: "instructor", maxBodyBytes: MAX_DECK_REQUEST_BYTES },
);
