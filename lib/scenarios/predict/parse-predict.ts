/**
 * Reads a predict-the-outcome file: each `##` section with a `predict` block is one question, its
 * `yaml` blocks the manifests, its optional `cluster` block the nodes. Errors are `file:line: message`.
 */
import { parseDocument } from "yaml";
import { yamlNestedTooDeep, yamlValue } from "../../notes/yaml-value";
import { z } from "zod";
import { readMarkdownDocument } from "../../notes/index";
import { defaultNodes } from "../../cluster/nodes";
import { formatZodIssues } from "../checks/conditions";
import { podQuerySchema } from "../checks/pod-query";
import { readClusterBlock } from "../parse-blocks";
import { sectionProse } from "../section-prose";
import type { ScenarioIssue } from "../types";
import type { PredictAsk, PredictEvent, PredictQuestion } from "./types";

const eventSchema = z.union([
  z.literal("none"),
  z.object({ "fail-node": z.string() }).strict(),
  z.object({ "delete-pod": z.union([z.string(), z.object({ name: z.string(), namespace: z.string().default("default") }).strict()]) }).strict(),
  z.object({ apply: z.number().int().positive() }).strict(),
  z.object({ "set-image": z.object({ deployment: z.string(), container: z.string(), image: z.string(), namespace: z.string().default("default") }).strict() }).strict(),
  z.object({ "add-node": z.literal(true) }).strict(),
]);

const askSchema = z.union([
  z.object({ count: podQuerySchema, state: z.enum(["ready", "running", "pending", "any"]).default("running") }).strict(),
  z.object({ status: z.string(), namespace: z.string().default("default") }).strict(),
  z.object({ answeredBy: z.object({ url: z.string(), from: z.union([z.literal("external"), z.object({ pod: z.string(), namespace: z.string().default("default") }).strict()]).default("external") }).strict() }).strict(),
]);

const predictSchema = z
  .object({ event: eventSchema.default("none"), after: z.number().positive().optional(), ask: askSchema, options: z.array(z.union([z.string(), z.number()])).min(2).optional() })
  .strict();

function toEvent(e: z.infer<typeof eventSchema>): PredictEvent {
  if (e === "none") return { kind: "none" };
  if ("fail-node" in e) return { kind: "fail-node", node: e["fail-node"] };
  if ("delete-pod" in e) {
    const d = e["delete-pod"];
    return typeof d === "string" ? { kind: "delete-pod", namespace: "default", name: d } : { kind: "delete-pod", ...d };
  }
  if ("apply" in e) return { kind: "apply", block: e.apply };
  if ("set-image" in e) return { kind: "set-image", ...e["set-image"] };
  return { kind: "add-node" };
}

function toAsk(a: z.infer<typeof askSchema>): PredictAsk {
  if ("count" in a) return { kind: "count", pods: a.count, state: a.state };
  if ("status" in a) return { kind: "status", pod: a.status, namespace: a.namespace };
  return { kind: "answeredBy", url: a.answeredBy.url, from: a.answeredBy.from };
}

export function parsePredictFile(text: string, file: string): { questions: PredictQuestion[]; issues: ScenarioIssue[] } {
  const doc = readMarkdownDocument(text, file);
  const issues: ScenarioIssue[] = doc.issues.map((i) => ({ file: i.file, line: i.line, message: i.message }));
  const report = (line: number, message: string): void => void issues.push({ file, line, message });
  const questions: PredictQuestion[] = [];
  for (const section of doc.sections) {
    const block = section.blocks.find((b) => b.lang === "predict");
    if (!block) continue;
    const deep = yamlNestedTooDeep(block.value, "the predict block");
    if (deep) {
      report(block.line, deep.message);
      continue;
    }
    const yaml = parseDocument(block.value);
    if (yaml.errors[0]) {
      report(block.line, `predict block is not valid YAML: ${yaml.errors[0].message.split("\n")[0] ?? ""}`);
      continue;
    }
    const value = yamlValue(yaml, "the predict block");
    if (!value.ok) {
      report(block.line, value.message);
      continue;
    }
    const parsed = predictSchema.safeParse(value.value);
    if (!parsed.success) {
      for (const e of formatZodIssues(parsed.error)) report(block.line, `predict block: ${e}`);
      continue;
    }
    const manifests = section.blocks.filter((b) => b.lang === "yaml" || b.lang === "yml").map((b) => ({ text: b.value, line: b.line }));
    if (manifests.length === 0) report(section.line, `question "${section.title}" has no yaml block to apply`);
    const event = toEvent(parsed.data.event);
    if (event.kind === "apply" && event.block > manifests.length) report(block.line, `event apply: ${event.block} names yaml block ${event.block}, but the question has ${manifests.length}`);
    const clusterBlock = section.blocks.find((b) => b.lang === "cluster");
    const nodes = (clusterBlock ? readClusterBlock(clusterBlock.value, clusterBlock.line, report) : undefined) ?? defaultNodes(3);
    const prose = sectionProse(section.markdown);
    questions.push({
      title: section.title, line: section.line, file, prose, nodes, manifests, event, ask: toAsk(parsed.data.ask),
      ...(parsed.data.after !== undefined ? { after: parsed.data.after } : {}),
      ...(parsed.data.options ? { options: parsed.data.options.map(String) } : {}),
    });
  }
  if (questions.length === 0 && issues.length === 0) report(1, "no question: each question is a ## section with a ```predict block");
  return { questions, issues };
}
