/**
 * Scenario quizzes: learners write manifests for a task; the reconcile engine applies them to a
 * simulated cluster and the checks explain, in the learner's terms, what works and what does not.
 * Pure; runs on the server and in the browser. The format is documented in content/scenarios/README.md.
 *
 * - `parseScenario(text, file)` → { scenario?, issues (file:line: message) }
 * - `gradeScenario(scenario, [{ file, text }], { seed })` → { scenario, passed, errors, checks, settled, events, objects }
 * - `startingPicture(scenario)` → the starting cluster drawn as `objects` is
 * - `buildPredictCards(sources, seed)` → `Card[]` (kind mcq) for the deck "Predict the outcome"
 * - `gradeWithCommands(scenario, { files, commands }, { seed })` → the grade of a terminal session, with its transcript
 * - `verifyScenario(text, file)` → what lint reports (solutions pass, wrong answers fail their check)
 */
export { parseScenario, type ParsedScenario } from "./parse-scenario";
export { gradeScenario, startingPicture, type GradeOptions } from "./grade-scenario";
export { ScenarioSetupError, startingCluster } from "./build-cluster";
export { CHECK_TYPES } from "./checks/registry";
export type * from "./types";
export { buildPredictCards, buildPredictDeck, PREDICT_DECK, type PredictBuild } from "./predict/build-predict-cards";
export { parsePredictFile } from "./predict/parse-predict";
export { runPredict } from "./predict/run-predict";
export type { PredictQuestion, PredictOutcome } from "./predict/types";
export { verifyScenario, type ScenarioFinding } from "./verify-scenario";
export { gradeWithCommands, type CommandAnswer, type CommandGradeResult, type TranscriptLine } from "./commands/grade-with-commands";
export { MAX_COMMANDS, MAX_INPUT_CHARS, MAX_OUTPUT_CHARS } from "./commands/replay-commands";
export { clusterPicture } from "./cluster-picture";
