/** Public shapes of scenario quizzes: the authored scenario, and what grading an answer returns. */
import type { ApiError } from "../cluster/admission";
import type { Problem } from "../cluster/diagnose/problem";
import type { NodeSpec } from "../cluster/nodes";
import type { CommandEntry } from "../kubectl/shell/transcript";

export type Difficulty = "easy" | "medium" | "hard";

/** `manifests`: the learner writes YAML; `commands`: the learner works at the terminal against a timer. */
export type ScenarioKind = "manifests" | "commands";

/** One reference command input from a ```sh block, with the file line it starts on (for lint). */
export interface ScriptedCommand extends CommandEntry {
  readonly sourceLine: number;
  /** A `diff edited` step: the hunk applied to the text the editor opens with (instead of `edited`). */
  readonly editPatch?: string;
}

export interface ScenarioIssue {
  file: string;
  line: number;
  message: string;
}

/** One fenced YAML block of a scenario, as a manifest file. */
export interface ManifestBlock {
  /** The name it is applied under (`file=` on the fence, else generated); answers apply in name order. */
  file: string;
  /** Line of the opening fence in the scenario file. */
  line: number;
  text: string;
}

export interface StartingCluster {
  /** Nodes, control plane included (default: control-plane + worker-1…worker-3). */
  nodes: NodeSpec[];
  /** Objects that exist before the learner's answer is applied. */
  given: ManifestBlock[];
}

export interface CheckSpec {
  id: string;
  title: string;
  type: string;
  /** Everything but id, title and type, validated by the check type's schema. */
  params: Record<string, unknown>;
  line: number;
}

export interface Solution {
  title: string;
  line: number;
  files: ManifestBlock[];
  /** Reference command sequence (```sh blocks, edit steps with their saved text), replayed before the files are applied. */
  commands?: ScriptedCommand[];
  /** Markdown: why this answer works. */
  explanation: string;
}

export interface WrongAnswer {
  title: string;
  line: number;
  files: ManifestBlock[];
  /** A wrong command sequence (```sh fails=…), replayed before the files are applied. */
  commands?: ScriptedCommand[];
  /** The id of the check this answer must fail. */
  fails: string;
  /** Optional text the failure message must contain. */
  expect?: string;
  explanation: string;
}

export interface Scenario {
  id: string;
  title: string;
  topics: string[];
  difficulty: Difficulty;
  /** Front matter `kind:` (default manifests). */
  kind: ScenarioKind;
  /** Front matter `time: 6m`: the exam-style limit in seconds; required for command tasks. */
  timeLimitSeconds?: number;
  file: string;
  /** Markdown of the task the learner reads. */
  task: string;
  /** Markdown describing the starting cluster (prose, without the fenced blocks). */
  clusterText: string;
  cluster: StartingCluster;
  checks: CheckSpec[];
  /** Markdown, revealed one at a time. */
  hints: string[];
  solutions: Solution[];
  wrongAnswers: WrongAnswer[];
}

export interface AnswerSource {
  file: string;
  text: string;
}

export interface CheckResult {
  id: string;
  title: string;
  passed: boolean;
  /** In the learner's terms: what happened and, on failure, why. */
  message: string;
  /** The hops, observations or events that show it. */
  trace?: string[];
}

export interface GradeEvent {
  type: "Normal" | "Warning";
  reason: string;
  /** `pod/web-1`, as kubectl names it. */
  object: string;
  namespace?: string;
  message: string;
  count: number;
}

export interface PodPicture {
  namespace: string;
  name: string;
  /** kubectl's STATUS column: Running, Pending, CrashLoopBackOff, Terminating… */
  status: string;
  ready: boolean;
  ip?: string;
}

export interface ClusterPicture {
  nodes: { name: string; ready: boolean; controlPlane: boolean; pods: PodPicture[] }[];
  /** Pods no node runs (Pending without a node). */
  unscheduled: PodPicture[];
  services: { namespace: string; name: string; type: string; clusterIP?: string; ports: string[]; ready: string[]; notReady: string[] }[];
  ingresses: { namespace: string; name: string; rules: { host: string; path: string; pathType: string; backend: string }[] }[];
}

export interface GradeResult {
  scenario: string;
  passed: boolean;
  errors: ApiError[];
  checks: CheckResult[];
  /** Whether the cluster settled after the answer; when not, why (the engine's step or time cap). */
  settled: { stable: boolean; reason?: string };
  events: GradeEvent[];
  objects?: ClusterPicture;
  /** The engine's diagnosis of the graded cluster (what fails, likely mistakes); absent in results stored before it existed. */
  problems?: Problem[];
}
