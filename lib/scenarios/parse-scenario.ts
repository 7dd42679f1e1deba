/**
 * The scenario format (content/scenarios/README.md): front matter (id, title, topics, difficulty),
 * then `## Task`, `## Starting cluster` (a `cluster` block and `yaml` blocks of given objects),
 * `## Checks` (a `checks` block), `## Hints` (a list), `## Solution…` sections and `### …` answers
 * under `## Wrong answers`. Command tasks (`kind: commands`, `time: 6m`) answer in ```sh blocks
 * (lib/scenarios/commands). Errors are `file:line: message`. Pure; runs in the browser.
 */
import { readMarkdownDocument, type DocumentSection, type FencedBlock } from "../notes/index";
import { defaultNodes } from "../cluster/nodes";
import { fenceAttributes, readChecksBlock, readClusterBlock } from "./parse-blocks";
import { isEditedBlock, isShellBlock, readCommandBlocks, shellFenceAttributes } from "./commands/read-command-blocks";
import { parseTimeLimit } from "./commands/parse-time";
import { reportOverLimits } from "./scenario-limits";
import { sectionProse } from "./section-prose";
import type { Difficulty, ManifestBlock, Scenario, ScenarioIssue, ScenarioKind, ScriptedCommand, Solution, WrongAnswer } from "./types";

export interface ParsedScenario {
  scenario?: Scenario;
  issues: ScenarioIssue[];
}

const DIFFICULTIES: readonly Difficulty[] = ["easy", "medium", "hard"];
const KINDS: readonly ScenarioKind[] = ["manifests", "commands"];
const FRONT_MATTER_KEYS = ["id", "title", "topics", "difficulty", "kind", "time"];
const isManifest = (b: FencedBlock): boolean => (b.lang === "yaml" || b.lang === "yml") && !isEditedBlock(b);
const isAnswerBlock = (b: FencedBlock): boolean => isManifest(b) || isShellBlock(b);
/** `commands` only when the section has at least one, so manifest answers keep their old shape. */
const withCommands = (commands: ScriptedCommand[]): { commands?: ScriptedCommand[] } => (commands.length > 0 ? { commands } : {});


function manifests(blocks: readonly FencedBlock[], prefix: string): ManifestBlock[] {
  const yaml = blocks.filter(isManifest);
  return yaml.map((b, i) => ({
    file: fenceAttributes(b.meta).file ?? (yaml.length === 1 ? `${prefix}.yaml` : `${prefix}-${i + 1}.yaml`),
    line: b.line,
    text: b.value,
  }));
}

/** `# fails: check-id` (and `# expect: words`) on the block's first lines, for authors who prefer a comment. */
function commentAttributes(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of text.split("\n")) {
    const m = /^#\s*(fails|expect):\s*(.+?)\s*$/.exec(line);
    if (!m) break;
    out[m[1] ?? ""] = (m[2] ?? "").replace(/^"(.*)"$/, "$1");
  }
  return out;
}

/** At most ten names, so a message stays short however many a scenario has. */
function someOf(names: readonly string[]): string {
  return names.length <= 10 ? names.join(", ") : `${names.slice(0, 10).join(", ")} and ${names.length - 10} more`;
}

const titled = (s: DocumentSection, re: RegExp): boolean => re.test(s.title.trim());

export function parseScenario(text: string, file: string): ParsedScenario {
  const doc = readMarkdownDocument(text, file);
  const issues: ScenarioIssue[] = doc.issues.map((i) => ({ file: i.file, line: i.line, message: i.message }));
  const report = (line: number, message: string): void => void issues.push({ file, line, message });
  const fm = doc.frontMatter ?? {};
  const fmLine = (key: string): number => doc.frontMatterLines[key] ?? 1;
  if (!doc.frontMatter) report(1, "a scenario starts with front matter: ---, id, title, topics, difficulty, ---");
  const id = typeof fm.id === "string" ? fm.id : "";
  if (!/^[a-z0-9]([a-z0-9-]*[a-z0-9])?$/.test(id)) report(fmLine("id"), `id must be lower-case letters, digits and dashes, got ${JSON.stringify(fm.id ?? "")}`);
  const title = typeof fm.title === "string" ? fm.title : "";
  if (!title) report(fmLine("title"), "title is missing");
  const topics = Array.isArray(fm.topics) ? fm.topics.filter((t): t is string => typeof t === "string") : [];
  if (!Array.isArray(fm.topics)) report(fmLine("topics"), "topics must be a list, e.g. [services, ingress]");
  const difficulty = DIFFICULTIES.find((d) => d === fm.difficulty);
  if (!difficulty) report(fmLine("difficulty"), `difficulty must be one of ${DIFFICULTIES.join(", ")}, got ${JSON.stringify(fm.difficulty ?? "")}`);
  const kind = fm.kind === undefined ? "manifests" : KINDS.find((k) => k === fm.kind);
  if (!kind) report(fmLine("kind"), `kind must be one of ${KINDS.join(", ")} (default manifests), got ${JSON.stringify(fm.kind)}`);
  const time = fm.time === undefined ? undefined : parseTimeLimit(fm.time);
  if (time && "error" in time) report(fmLine("time"), time.error);
  if (kind === "commands" && !time) report(fmLine("kind"), "a command task needs a time limit: add time: 6m (exam-style) to the front matter");
  const timeLimitSeconds = time && "seconds" in time ? time.seconds : undefined;
  for (const key of Object.keys(fm)) if (!FRONT_MATTER_KEYS.includes(key)) report(fmLine(key), `unknown front-matter key "${key}" (known: ${FRONT_MATTER_KEYS.join(", ")})`);

  const sections = doc.sections;
  const task = sections.find((s) => titled(s, /^task$/i));
  if (!task) report(1, 'no "## Task" section');
  const start = sections.find((s) => titled(s, /^starting cluster$/i));
  const clusterBlocks = sections.flatMap((s) => s.blocks.filter((b) => b.lang === "cluster"));
  if (clusterBlocks.length > 1) report(clusterBlocks[1]?.line ?? 1, "only one cluster block per scenario");
  const cb = clusterBlocks[0];
  const nodes = (cb ? readClusterBlock(cb.value, cb.line, report) : undefined) ?? defaultNodes(3);
  const given = start ? manifests(start.blocks, "given") : [];

  const checkBlocks = sections.flatMap((s) => s.blocks.filter((b) => b.lang === "checks"));
  if (checkBlocks.length === 0) report(1, 'no checks: add a "## Checks" section with a ```checks block');
  const ids = new Set<string>();
  const checks = checkBlocks.flatMap((b) => readChecksBlock(b.value, b.line, report, ids));

  const hints = sections.find((s) => titled(s, /^hints?$/i))?.items ?? [];
  const solutions: Solution[] = sections
    .filter((s) => titled(s, /^(reference )?solution\b/i) && s.blocks.some(isAnswerBlock))
    .map((s) => ({
      title: s.title.replace(/^(reference )?solution\b[:\s-]*/i, "") || "Reference solution", line: s.line,
      files: manifests(s.blocks, "answer"), ...withCommands(readCommandBlocks(s.blocks, report)), explanation: sectionProse(s.markdown),
    }));
  if (solutions.length === 0) report(1, 'no reference solution: add a "## Solution" section with a ```yaml block (or a ```sh block of commands)');
  else if (kind === "commands" && !solutions.some((s) => s.commands)) report(solutions[0]?.line ?? 1, "a command task needs a reference command sequence: add a ```sh block to a Solution section");

  const wrongAnswers: WrongAnswer[] = [];
  for (const s of sections.filter((x) => x.path.length > 1 && /^wrong answers?$/i.test(x.path[x.path.length - 2] ?? ""))) {
    const files = manifests(s.blocks, "answer");
    const commands = readCommandBlocks(s.blocks, report);
    if (files.length === 0 && commands.length === 0) continue;
    const attrs = s.blocks.filter(isManifest).map((b) => ({ ...commentAttributes(b.value), ...fenceAttributes(b.meta) })).find((a) => a.fails !== undefined) ?? shellFenceAttributes(s.blocks);
    const fails = attrs?.fails ?? "";
    if (!fails) report(s.line, `wrong answer "${s.title}" does not say which check it fails: add fails=<check-id> to its yaml or sh fence (or a first line # fails: <check-id> in yaml)`);
    else if (!ids.has(fails)) report(s.line, `wrong answer "${s.title}" names check "${fails}", which is not among this scenario's checks (${someOf([...ids])})`);
    wrongAnswers.push({ title: s.title, line: s.line, files, ...withCommands(commands), fails, ...(attrs?.expect ? { expect: attrs.expect } : {}), explanation: sectionProse(s.markdown) });
  }

  reportOverLimits({ checks, solutions, wrongAnswers }, report);

  if (issues.length > 0 || !difficulty || !kind) return { issues };
  return {
    issues,
    scenario: {
      id, title, topics, difficulty, kind, ...(timeLimitSeconds !== undefined ? { timeLimitSeconds } : {}), file,
      task: task ? sectionProse(task.markdown) : "",
      clusterText: start ? sectionProse(start.markdown) : "",
      cluster: { nodes, given },
      checks, hints, solutions, wrongAnswers,
    },
  };
}
