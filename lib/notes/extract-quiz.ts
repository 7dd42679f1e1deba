/**
 * Multiple-choice questions authored as a fenced block with the info string `quiz`:
 *
 * ```quiz
 * id: scheduler-role          # optional, pins the id
 * question: Which component picks a node for a new Pod?
 * options: [kube-scheduler, kubelet, kube-proxy, etcd]
 * answer: kube-scheduler      # must equal one option exactly
 * explanation: …
 * tags: [control-plane]       # optional
 * ```
 */
import type { Code } from "mdast";
import { LineCounter, parseDocument } from "yaml";
import { addIssue, mergeTags, type Draft, type ExtractContext, type Scope } from "./draft";
import { startLine } from "./markdown-tree";
import { yamlNestedTooDeep, yamlValue } from "./yaml-value";

const QUIZ_KEYS = new Set(["id", "question", "options", "answer", "explanation", "tags"]);

export function isQuizBlock(node: Code): boolean {
  return (node.lang ?? "").toLowerCase() === "quiz";
}

function asText(value: unknown): string | null {
  if (typeof value === "string") return value.trim();
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return null;
}

export function extractQuiz(node: Code, scope: Scope, ctx: ExtractContext): void {
  const line = startLine(node);
  const deep = yamlNestedTooDeep(node.value, "this quiz block");
  if (deep) return addIssue(ctx, line + deep.line, "error", "quiz", `quiz block: ${deep.message}`);
  const lineCounter = new LineCounter();
  const doc = parseDocument(node.value, { lineCounter, prettyErrors: false });
  const fail = (message: string, offset?: number): void => {
    const inner = offset === undefined ? 0 : lineCounter.linePos(offset).line;
    addIssue(ctx, line + inner, "error", "quiz", `quiz block: ${message}`);
  };
  const firstError = doc.errors[0];
  if (firstError) return fail(`invalid YAML: ${firstError.message.split("\n")[0]}`, firstError.pos[0]);
  const read = yamlValue(doc, "this quiz block");
  if (!read.ok) return fail(read.message.replace(/^this quiz block is not valid YAML: /, "invalid YAML: "));
  const data = read.value;
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    return fail("expected keys question, options and answer");
  }
  const record = data as Record<string, unknown>;
  const unknown = Object.keys(record).filter((key) => !QUIZ_KEYS.has(key));
  if (unknown.length > 0) return fail(`unknown key "${unknown[0]}" (allowed: ${[...QUIZ_KEYS].join(", ")})`);
  const question = asText(record.question);
  if (!question) return fail("missing question");
  const rawOptions = record.options;
  const options = Array.isArray(rawOptions) ? rawOptions.map(asText) : [];
  if (options.some((option) => option === null || option === "")) return fail("every option must be non-empty text");
  const texts = options.filter((option): option is string => option !== null);
  if (texts.length < 2) return fail(`needs at least 2 options (found ${texts.length})`);
  if (new Set(texts).size !== texts.length) return fail("options must be different from each other");
  const answerText = asText(record.answer);
  if (answerText === null) return fail("missing answer (the text of the right option)");
  const answer = texts.indexOf(answerText);
  if (answer < 0) return fail(`answer "${answerText}" is not one of the options (it must match an option's text exactly)`);
  const explanation = asText(record.explanation) ?? undefined;
  const tags = Array.isArray(record.tags) ? record.tags.map(String) : [];
  const pinned = asText(record.id) ?? undefined;
  const back = [`**${texts[answer]}**`, explanation].filter(Boolean).join("\n\n");
  const draft: Draft = {
    kind: "mcq",
    front: question,
    back,
    topic: scope.topic,
    tags: mergeTags(scope.tags, tags),
    line,
    options: texts,
    answer,
    ...(explanation ? { explanation } : {}),
    ...(pinned ? { pinned } : {}),
  };
  ctx.drafts.push(draft);
}
