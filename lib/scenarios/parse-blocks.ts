/**
 * Reading the fenced blocks of a scenario: fence attributes (`file=web.yaml fails=three-ready`), the
 * `cluster` block (workers and node overrides), and the `checks` block (each check with its line).
 */
import { isMap, isSeq, LineCounter, parseDocument } from "yaml";
import { yamlValue } from "../notes/yaml-value";
import { z } from "zod";
import { defaultNodes, type NodeSpec } from "../cluster/nodes";
import { duplicateKeys, type DuplicateKey } from "../cluster/admission/read/duplicate-keys";
import { tooDeepMessage, yamlTooDeep } from "../yaml/yaml-depth";
import { formatZodIssues } from "./checks/conditions";
import { compileCheck } from "./checks/registry";
import type { CheckSpec } from "./types";

/**
 * A name starts only where a word does: without the look-behind, a long word with no `=` was tried
 * from each of its characters, and a 100 KB info string took seconds (issue 12). Same matches.
 */
const ATTRIBUTE = /(?<![\w-])([\w-]+)=(?:"([^"]*)"|'([^']*)'|(\S+))/g;

/** `file=web.yaml fails="three-ready"` → { file: "web.yaml", fails: "three-ready" }. */
export function fenceAttributes(meta: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of meta.matchAll(ATTRIBUTE)) out[m[1] ?? ""] = m[2] ?? m[3] ?? m[4] ?? "";
  return out;
}

export type Report = (line: number, message: string) => void;

/**
 * Blocks are parsed with `uniqueKeys: false` and keys written twice found in one pass: the `yaml`
 * library's own check compares every key of a mapping with every other, and a check of 10,000
 * parameters took seconds (issue 12).
 */
function writtenTwice(twice: DuplicateKey): string {
  return `key "${twice.key}" is written twice (lines ${twice.firstLine} and ${twice.line} of the block): keep one.`;
}

const taintSchema = z.object({ key: z.string(), value: z.string().optional(), effect: z.enum(["NoSchedule", "PreferNoSchedule", "NoExecute"]) }).strict();
const nodeSchema = z
  .object({
    name: z.string(),
    controlPlane: z.boolean().optional(),
    cpu: z.string().optional(),
    memory: z.string().optional(),
    pods: z.number().int().positive().optional(),
    zone: z.string().optional(),
    labels: z.record(z.string(), z.string()).optional(),
    taints: z.array(taintSchema).optional(),
  })
  .strict();
const clusterSchema = z.object({ workers: z.number().int().min(0).max(100).default(3), nodes: z.array(nodeSchema).default([]) }).strict();

/** The nodes a `cluster` block describes: the default layout with `workers` workers, then per-name overrides. */
export function readClusterBlock(text: string, line: number, report: Report): NodeSpec[] | undefined {
  if (yamlTooDeep(text)) {
    report(line, tooDeepMessage("The cluster block"));
    return undefined;
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: false });
  if (doc.errors[0]) {
    report(line, `cluster block is not valid YAML: ${doc.errors[0].message.split("\n")[0] ?? ""}`);
    return undefined;
  }
  const twice = duplicateKeys(doc, lineCounter)[0];
  if (twice) {
    report(line + twice.line, `cluster block: ${writtenTwice(twice)}`);
    return undefined;
  }
  const value = yamlValue(doc, "the cluster block");
  if (!value.ok) {
    report(line, value.message);
    return undefined;
  }
  const parsed = clusterSchema.safeParse(value.value ?? {});
  if (!parsed.success) {
    for (const e of formatZodIssues(parsed.error)) report(line, `cluster block: ${e}`);
    return undefined;
  }
  const nodes: NodeSpec[] = defaultNodes(parsed.data.workers);
  for (const override of parsed.data.nodes) {
    const at = nodes.findIndex((n) => n.name === override.name);
    if (at >= 0) nodes[at] = { ...nodes[at], ...override };
    else nodes.push(override);
  }
  return nodes;
}

const ID = /^[a-z0-9]([a-z0-9-]*[a-z0-9])?$/;

/** The checks of a `checks` block; each must have a unique kebab-case id, a title, a known type and valid parameters. */
export function readChecksBlock(text: string, fenceLine: number, report: Report, declared: Set<string> = new Set()): CheckSpec[] {
  if (yamlTooDeep(text)) {
    report(fenceLine, tooDeepMessage("The checks block"));
    return [];
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: false });
  if (doc.errors[0]) {
    const e = doc.errors[0];
    report(fenceLine + lineCounter.linePos(e.pos[0]).line, `checks block is not valid YAML: ${e.message.split("\n")[0] ?? ""}`);
    return [];
  }
  const twice = duplicateKeys(doc, lineCounter)[0];
  if (twice) {
    report(fenceLine + twice.line, `checks block: ${writtenTwice(twice)}`);
    return [];
  }
  const whole = yamlValue(doc, "the checks block");
  if (!whole.ok) {
    report(fenceLine, whole.message);
    return [];
  }
  if (!isSeq(doc.contents)) {
    report(fenceLine, "the checks block must be a YAML list of checks (- id: …, title: …, type: …)");
    return [];
  }
  const checks: CheckSpec[] = [];
  const seen = new Set<string>();
  for (const item of doc.contents.items) {
    const line = fenceLine + (isMap(item) && item.range ? lineCounter.linePos(item.range[0]).line : 1);
    const value: unknown = isMap(item) ? item.toJS(doc) : undefined;
    if (typeof value !== "object" || value === null || Array.isArray(value)) {
      report(line, "each check must be a mapping with id, title and type");
      continue;
    }
    const { id, title, type, ...params } = value as Record<string, unknown>;
    if (typeof id !== "string" || !ID.test(id)) {
      report(line, `check id must be lower-case letters, digits and dashes (e.g. shop-answers), got ${JSON.stringify(id)}`);
      continue;
    }
    if (seen.has(id)) report(line, `check id "${id}" is used twice`);
    seen.add(id);
    declared.add(id);
    if (typeof title !== "string" || title.trim() === "") report(line, `check "${id}" needs a title (what the learner sees)`);
    if (typeof type !== "string") {
      report(line, `check "${id}" needs a type`);
      continue;
    }
    const compiled = compileCheck(type, params);
    if (!compiled.ok) {
      for (const e of compiled.errors) report(line, `check "${id}" (${type}): ${e}`);
      continue;
    }
    checks.push({ id, title: typeof title === "string" ? title : id, type, params, line });
  }
  return checks;
}
