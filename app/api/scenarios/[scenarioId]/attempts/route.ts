import { readJsonBody } from "@/lib/server/api-error";
import { gradeAttempt } from "@/lib/server/scenarios/grade-attempt";
import { getScenarioOrThrow } from "@/lib/server/scenarios/get-scenario";
import { referenceSolutions } from "@/lib/server/scenarios/reference-solutions";
import { withUser } from "@/lib/server/with-user";
import { attemptSchema, MAX_ANSWER_TOTAL_BYTES, MAX_COMMANDS_CHARS } from "@/lib/validations/scenario";

/**
 * 100 KB of answer files and 100 k characters of commands (lib/validations/scenario.ts), at up to
 * three bytes a character in UTF-8, and the JSON around them: within the 1 MB default.
 */
const ATTEMPT_BODY_LIMIT_BYTES = 3 * (MAX_ANSWER_TOTAL_BYTES + MAX_COMMANDS_CHARS) + 100_000;

/**
 * Grades the learner's manifests and shell session against the scenario (idempotent by `clientId`)
 * and stores the attempt. Reference solutions (files and command sequences) are sent only with a
 * passing grade.
 */
export const POST = withUser<{ scenarioId: string }>(async (request, { user, params }) => {
  const input = attemptSchema.parse(await readJsonBody(request));
  const { scenario } = await getScenarioOrThrow(params.scenarioId, user.id);
  const { attemptId, result, hintsUsed } = await gradeAttempt(user.id, params.scenarioId, input, new Date());
  const solutions = result.passed ? referenceSolutions(scenario) : undefined;
  return Response.json({ attemptId, result, hintsUsed, solutions }, { status: 201 });
}, { maxBodyBytes: ATTEMPT_BODY_LIMIT_BYTES });
