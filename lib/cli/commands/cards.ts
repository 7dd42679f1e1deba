/** `kubedeck cards FILE… [--json] [--mcq]`: the cards the notes parser finds in each file. */
import { readFileSync, statSync } from "node:fs";
import { resolve } from "node:path";
import { EXIT_USAGE, type CliCommand } from "../command";
import { parseNotes, type Card, type ParseIssue } from "../../notes/index";

const USAGE = `Usage: npx kubedeck cards FILE… [--json] [--mcq] [--seed SEED]

Prints the flashcards found in each Markdown or plain-text notes file.
  --json       one JSON array of cards on stdout (id, kind, front, back, topic, tags, source,
               noteId; options and answer for mcq; items for list; clozes for cloze)
  --mcq        also generate multiple-choice cards from the basic cards
  --seed SEED  seed for generated multiple-choice cards (default: the deck id)
Parser warnings go to stderr as file:line: warning: message.
Exit codes: 0 ok, 2 usage error (no file, unreadable file, unknown option).`;

function indent(text: string, prefix = "    "): string {
  return text
    .split("\n")
    .map((line) => prefix + line)
    .join("\n");
}

export function formatCard(card: Card): string {
  const topic = card.topic.length > 0 ? ` · ${card.topic.join(" › ")}` : "";
  const lines = [`[${card.kind}] ${card.source.file}:${card.source.line}${topic}  (${card.id})`, indent(card.front, "  Q ")];
  if (card.kind === "mcq" && card.options) {
    card.options.forEach((option, index) => lines.push(`    ${index === card.answer ? "*" : "-"} ${option}`));
    if (card.explanation) lines.push(indent(card.explanation, "  ~ "));
  } else {
    lines.push(indent(card.back, "  A "));
  }
  if (card.tags.length > 0) lines.push(`    tags: ${card.tags.join(", ")}`);
  return lines.join("\n");
}

const formatIssue = (issue: ParseIssue): string =>
  `${issue.file}:${issue.line}: ${issue.severity === "warning" ? "warning: " : ""}${issue.message}`;

export const command: CliCommand = {
  name: "cards",
  summary: "Print the flashcards found in notes files (--json for one JSON array).",
  usage: USAGE,
  run: async (args, io) => {
    let json = false;
    let mcq = false;
    let seed: string | undefined;
    const files: string[] = [];
    for (let i = 0; i < args.length; i++) {
      const arg = args[i] ?? "";
      if (arg === "--json") json = true;
      else if (arg === "--mcq") mcq = true;
      else if (arg === "--seed") seed = args[++i];
      else if (arg.startsWith("--seed=")) seed = arg.slice("--seed=".length);
      else if (arg.startsWith("-")) {
        io.stderr(`kubedeck cards: unknown option "${arg}"\n\n${USAGE}\n`);
        return EXIT_USAGE;
      } else files.push(arg);
    }
    if (files.length === 0 || seed === "") {
      io.stderr(`kubedeck cards: ${files.length === 0 ? "no file given" : "--seed needs a value"}\n\n${USAGE}\n`);
      return EXIT_USAGE;
    }
    const texts: { file: string; text: string }[] = [];
    for (const file of files) {
      try {
        const path = resolve(io.cwd, file);
        if (statSync(path).isDirectory()) throw new Error("is a directory");
        texts.push({ file, text: readFileSync(path, "utf8") });
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        io.stderr(`kubedeck cards: cannot read ${file}: ${reason}\n`);
        return EXIT_USAGE;
      }
    }
    const all: Card[] = [];
    for (const { file, text } of texts) {
      const result = parseNotes(text, { file, generateMcq: mcq, ...(seed ? { seed } : {}) });
      for (const issue of result.issues) io.stderr(`${formatIssue(issue)}\n`);
      all.push(...result.cards);
      if (!json) {
        io.stdout(`${file}: ${result.cards.length} card${result.cards.length === 1 ? "" : "s"}\n\n`);
        for (const card of result.cards) io.stdout(`${formatCard(card)}\n\n`);
      }
    }
    if (json) io.stdout(`${JSON.stringify(all, null, 2)}\n`);
    return 0;
  },
};
