/**
 * Predict-the-outcome questions as multiple-choice cards (the notes parser's `Card` shape), for the
 * deck "Predict the outcome". The engine computes every answer; ids are stable (file and title).
 */
import { slugify, type Card } from "../../notes/index";
import type { ScenarioIssue } from "../types";
import { parsePredictFile } from "./parse-predict";
import { runPredict } from "./run-predict";
import type { PredictQuestion } from "./types";

export const PREDICT_DECK = "Predict the outcome";

/** Four numbers around the answer, never negative, in ascending order. */
function numberOptions(answer: number): string[] {
  const out = new Set<number>([answer]);
  for (const d of [1, -1, 2, 3, -2, 4]) if (out.size < 4 && answer + d >= 0) out.add(answer + d);
  return [...out].sort((a, b) => a - b).map(String);
}

const STATUSES = ["Running", "Pending", "CrashLoopBackOff", "ContainerCreating", "ErrImagePull", "Terminating"];

/** Options when the author gives none: numbers around a count; common statuses; the question's workloads. */
function defaultOptions(q: PredictQuestion, answer: string): string[] {
  if (q.ask.kind === "count") return numberOptions(Number(answer));
  if (q.ask.kind === "status") return [answer, ...STATUSES.filter((s) => s !== answer)].slice(0, 4).sort();
  const workloads = q.manifests.flatMap((m) => [...m.text.matchAll(/kind:\s*(Deployment|StatefulSet)\s*\n\s*metadata:\s*\{?\s*name:\s*([\w.-]+)/g)].map((x) => `${x[1] ?? ""} ${x[2] ?? ""}`));
  return [...new Set([...workloads, "no pod answers", answer])];
}

/** `Then: worker-2 fails. You look 60 s later.` */
function eventLine(q: PredictQuestion): string {
  const e = q.event;
  const what = e.kind === "fail-node" ? `${e.node} fails` : e.kind === "delete-pod" ? `you delete pod ${e.name}` : e.kind === "apply" ? "you apply the change above"
    : e.kind === "set-image" ? `you set the image of ${e.deployment} to ${e.image}` : e.kind === "add-node" ? "a new worker joins" : "";
  const when = q.after !== undefined ? ` You look ${q.after} s later.` : "";
  return what ? `*Then: ${what}.${when}*` : when.trim();
}

function front(q: PredictQuestion): string {
  const manifests = q.manifests.map((m, i) => (q.event.kind === "apply" && q.event.block === i + 1 ? `Then you apply:\n\n\`\`\`yaml\n${m.text}\n\`\`\`` : `\`\`\`yaml\n${m.text}\n\`\`\``));
  return [`**${q.title}**`, q.prose.split(/\n\n/)[0] ?? "", ...manifests, eventLine(q)].filter(Boolean).join("\n\n");
}

export interface PredictBuild {
  cards: Card[];
  issues: ScenarioIssue[];
}

/** Cards and the problems found (an answer the options do not offer, a manifest the engine rejects). */
export function buildPredictDeck(sources: readonly { file: string; text: string }[], seed = 1): PredictBuild {
  const cards: Card[] = [];
  const issues: ScenarioIssue[] = [];
  for (const source of sources) {
    const parsed = parsePredictFile(source.text, source.file);
    issues.push(...parsed.issues);
    const base = slugify(source.file.split(/[\\/]/).pop()?.replace(/\.md$/i, "") ?? "predict", 40);
    for (const q of parsed.questions) {
      const outcome = runPredict(q, seed);
      if ("error" in outcome) {
        issues.push({ file: q.file, line: q.line, message: `the engine cannot answer "${q.title}": ${outcome.error}` });
        continue;
      }
      const options = q.options ?? defaultOptions(q, outcome.answer);
      const answer = options?.indexOf(outcome.answer) ?? -1;
      if (!options || answer < 0) {
        issues.push({ file: q.file, line: q.line, message: `the engine's answer to "${q.title}" is "${outcome.answer}", which is not among the options (${options?.join(", ") ?? "none given"}); add it (${outcome.reason})` });
        continue;
      }
      const id = `predict-${base}-${slugify(q.title, 60)}`;
      const why = q.prose.split(/\n\n/).slice(1).join("\n\n");
      cards.push({
        id, kind: "mcq", front: front(q), back: outcome.answer, topic: [PREDICT_DECK, q.title], tags: ["predict"],
        source: { file: q.file, line: q.line }, noteId: id, options, answer,
        explanation: [outcome.reason, why].filter(Boolean).join("\n\n"),
      });
    }
  }
  return { cards, issues };
}

/** The cards only, for loading the deck "Predict the outcome". */
export function buildPredictCards(sources: readonly { file: string; text: string }[], seed = 1): Card[] {
  return buildPredictDeck(sources, seed).cards;
}
