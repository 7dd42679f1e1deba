import { readJsonBody } from "@/lib/server/api-error";
import { getScenarioOrThrow } from "@/lib/server/scenarios/get-scenario";
import { revealHints } from "@/lib/server/scenarios/reveal-hints";
import { withUser } from "@/lib/server/with-user";
import { hintsShownSchema } from "@/lib/validations/scenario";

/** `{ shown }` → `{ shown }`: records how many hints the learner has revealed (kept across reloads, counted at grading). */
export const POST = withUser<{ scenarioId: string }>(async (request, { user, params }) => {
  const input = hintsShownSchema.parse(await readJsonBody(request));
  const { scenario } = await getScenarioOrThrow(params.scenarioId, user.id);
  const shown = await revealHints(user.id, params.scenarioId, input.shown, scenario.hints.length);
  return Response.json({ shown });
});
