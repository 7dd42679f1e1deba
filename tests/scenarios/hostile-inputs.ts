/**
 * Inputs shaped to find super-linear work in what reads a scenario (issue 12): scenario Markdown an
 * instructor saves, and the manifests and commands a learner submits. Each generator makes an input
 * of about `bytes` characters. Used by the linearity tests and by `npm run bench:parsers`.
 */

import { repeatTo } from "../notes/hostile-inputs";

export { repeatTo };

const POD = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\n  labels: { app: web }\nspec:\n  containers:\n    - name: web\n      image: nginx\n";
const CHECK = "- id: web-runs\n  title: A pod labelled app=web is ready\n  type: count\n  pods: { labels: { app: web } }\n  equals: 1\n";

/** A valid scenario with `pad` appended to the section named `where` (or as sections of its own). */
export function scenarioWith(parts: { front?: string; task?: string; checks?: string; solution?: string; tail?: string; fence?: string }): string {
  return [
    "---",
    "id: hostile",
    "title: Hostile",
    "topics: [pods]",
    "difficulty: easy",
    parts.front ?? "",
    "---",
    "",
    "## Task",
    "",
    `Run a pod labelled app=web.${parts.task ?? ""}`,
    "",
    "## Checks",
    "",
    "```checks",
    `${CHECK}${parts.checks ?? ""}`,
    "```",
    "",
    "## Solution",
    "",
    `\`\`\`yaml${parts.fence ?? ""}`,
    POD,
    "```",
    parts.solution ?? "",
    parts.tail ?? "",
  ].join("\n");
}

const fill = (bytes: number, base: number): number => Math.max(0, bytes - base);
const BASE = scenarioWith({}).length;

/** Scenario Markdown within the authoring limit (100 KB), hostile to the scenario reader. */
export const HOSTILE_SCENARIOS: Record<string, (bytes: number) => string> = {
  /** Long fences: the old pattern scanned the rest of the section once for each shorter fence of each run. */
  "unclosed fences in prose": (bytes) => scenarioWith({ solution: repeatTo(fill(bytes, BASE), () => `${"`".repeat(30)}a\n`) }),
  "long fence info string": (bytes) => scenarioWith({ fence: ` ${"a".repeat(fill(bytes, BASE))}` }),
  "long fence attribute words": (bytes) => scenarioWith({ fence: repeatTo(fill(bytes, BASE), () => " a-b-c-d-e-f-g-h") }),
  "many sections": (bytes) => scenarioWith({ tail: repeatTo(fill(bytes, BASE), (index) => `## Section ${index}\n\ntext\n\n`) }),
  "many hints": (bytes) => scenarioWith({ tail: `## Hints\n\n${repeatTo(fill(bytes, BASE), (index) => `- hint ${index}\n`)}` }),
  "many checks": (bytes) => scenarioWith({ checks: repeatTo(fill(bytes, BASE), (index) => CHECK.replace("web-runs", `web-runs-${index}`)) }),
  "wide check mapping": (bytes) => scenarioWith({ checks: `- id: wide\n  title: Wide\n  type: count\n  pods: { labels: { app: web } }\n${repeatTo(fill(bytes, BASE), (index) => `  k${index}: v\n`)}` }),
  "many wrong answers naming unknown checks": (bytes) =>
    scenarioWith({
      checks: repeatTo(Math.floor(fill(bytes, BASE) / 2), (index) => CHECK.replace("web-runs", `web-runs-${index}`)),
      tail: `## Wrong answers\n\n${repeatTo(Math.floor(fill(bytes, BASE) / 2), (index) => `### W${index}\n\n\`\`\`sh fails=x\nkubectl get pods\n\`\`\`\n\n`)}`,
    }),
  "open quote in a sh block": (bytes) => scenarioWith({ tail: `## Solution: shell\n\n\`\`\`sh\necho "\n${repeatTo(fill(bytes, BASE), () => "a\n")}\`\`\`\n` }),
  "many sh commands": (bytes) => scenarioWith({ tail: `## Solution: shell\n\n\`\`\`sh\n${repeatTo(fill(bytes, BASE), (index) => `kubectl get pods ${index}\n`)}\`\`\`\n` }),
  "many heredoc markers": (bytes) => scenarioWith({ tail: `## Solution: shell\n\n\`\`\`sh\ncat ${repeatTo(fill(bytes, BASE), (index) => `<<E${index} `)}\n\`\`\`\n` }),
  "nested quotes in the task": (bytes) => scenarioWith({ task: `\n\n${"> ".repeat(Math.floor(fill(bytes, BASE) / 2))}x` }),
  "front-matter keys": (bytes) => scenarioWith({ front: repeatTo(Math.min(fill(bytes, BASE), 9_000), (index) => `k${index}: v\n`) }),
  "one long line": (bytes) => scenarioWith({ task: ` ${"word ".repeat(Math.floor(fill(bytes, BASE) / 5))}` }),
  "cluster block with many nodes": (bytes) =>
    scenarioWith({ tail: `## Starting cluster\n\n\`\`\`cluster\nnodes:\n${repeatTo(fill(bytes, BASE), (index) => `  - { name: n${index} }\n`)}\`\`\`\n` }),
  "many yaml fences": (bytes) => scenarioWith({ tail: `## Starting cluster\n\n${repeatTo(fill(bytes, BASE), (index) => `\`\`\`yaml file=g${index}.yaml\na: 1\n\`\`\`\n`)}` }),
};

/**
 * A valid scenario of `solutions` reference solutions (the first one, then `## Solution 0`, …) and
 * `wrongAnswers` known-wrong answers (`### Wrong 0`, …), each graded on a cluster of its own.
 */
export function manySolutions(solutions: number, wrongAnswers = solutions): string {
  const extra = Array.from({ length: Math.max(0, solutions - 1) }, (_, index) => `## Solution ${index}\n\n\`\`\`yaml\n${POD}\`\`\`\n`).join("\n");
  const wrong = Array.from({ length: wrongAnswers }, (_, index) => `### Wrong ${index}\n\n\`\`\`yaml fails=web-runs\n${POD.replace("app: web", "app: other")}\`\`\`\n`).join("\n");
  return scenarioWith({ tail: `${extra}\n## Wrong answers\n\n${wrong}` });
}

const CONFIG_MAP = (index: number): string => `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c${index}\ndata:\n  k: v\n`;

/** One answer file within the per-file limit, hostile to the manifest reader. */
export const HOSTILE_MANIFESTS: Record<string, (bytes: number) => string> = {
  "many small objects": (bytes) => repeatTo(bytes, (index) => `---\n${CONFIG_MAP(index)}`),
  "many small objects, one anchor": (bytes) => repeatTo(bytes, (index) => `---\n${CONFIG_MAP(index)}`, "x: &a 1\n"),
  "empty documents": (bytes) => "---\n".repeat(Math.floor(bytes / 4)),
  "broken documents": (bytes) => repeatTo(bytes, () => "---\n: x\n"),
  "deep block nesting": (bytes) => repeatTo(bytes, (index) => `${" ".repeat(Math.min(index, 1000))}k:\n`),
  "deep flow nesting": (bytes) => `${"[".repeat(Math.floor(bytes / 2))}${"]".repeat(Math.floor(bytes / 2))}`,
  "long string": (bytes) => `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\ndata:\n  k: ${"a".repeat(bytes)}\n`,
  "many keys": (bytes) => repeatTo(bytes, (index) => `  k${index}: v\n`, "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\ndata:\n"),
  "many duplicate keys": (bytes) => repeatTo(bytes, () => "  k: v\n", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\ndata:\n"),
  "flow mapping": (bytes) => `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\ndata: {${repeatTo(bytes, (index) => `k${index}: v, `)}z: v}\n`,
  "JSON list": (bytes) => `{"apiVersion":"v1","kind":"List","items":[${repeatTo(bytes, (index) => `{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"c${index}"}},`)}{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"z"}}]}`,
  "template braces": (bytes) => "{".repeat(bytes),
  "template braces after objects": (bytes) => `${CONFIG_MAP(0)}---\n${"{{a".repeat(Math.floor(bytes / 3))}`,
  "multi-line plain scalar": (bytes) => repeatTo(bytes, () => "  a b c d\n", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\ndata:\n  k:\n"),
  "long key": (bytes) => `${"k".repeat(bytes)}: v\n`,
  "unclosed quote": (bytes) => `a: "${"x\n".repeat(Math.floor(bytes / 2))}`,
};

/** Commands of at most `perCommand` characters each, about `chars` in all, made by `command(index, size)`. */
function session(chars: number, perCommand: number, command: (index: number, size: number) => string): { line: string }[] {
  return Array.from({ length: Math.max(1, Math.ceil(chars / perCommand)) }, (_, index) => ({ line: command(index, Math.min(perCommand, chars - index * perCommand)) }));
}

const heredoc = (body: string): string => `kubectl apply -f - <<EOF\n${body}EOF`;

/** A learner's shell session of about `chars` characters (each command within the 20,000-character limit), hostile to the replay. */
export const HOSTILE_COMMANDS: Record<string, (chars: number) => { line: string }[]> = {
  "heredoc applies": (chars) => session(chars, 100, (index) => heredoc(CONFIG_MAP(index))),
  "long heredocs": (chars) => session(chars, 19_000, (index, size) => heredoc(repeatTo(size - 40, (item) => `---\n${CONFIG_MAP(index * 1000 + item)}`))),
  "heredocs of broken documents": (chars) => session(chars, 19_000, (_, size) => heredoc(HOSTILE_MANIFESTS["broken documents"]?.(size - 40) ?? "")),
  "heredocs of duplicate keys": (chars) => session(chars, 19_000, (_, size) => heredoc(HOSTILE_MANIFESTS["many duplicate keys"]?.(size - 40) ?? "")),
  "many gets": (chars) => session(chars, 20, () => "kubectl get pods -A"),
  "long echoes": (chars) => session(chars, 19_000, (_, size) => `echo ${"a ".repeat(Math.floor(size / 2) - 3)}`),
  "quotes open over many lines": (chars) => session(chars, 19_000, (_, size) => `echo "${"a\n".repeat(Math.floor(size / 2) - 4)}"`),
};
