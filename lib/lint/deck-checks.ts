/**
 * Lint rules for card decks (`content/decks/*.md`): everything the parser reports, made strict
 * (an empty card or a duplicate front is an error in a built-in deck), plus ids duplicated across
 * decks, two decks with the same id, a deck that yields no card, and one a server would refuse as
 * too large or too complex.
 */
import { deckIdFromFile, parseNotes, type ParseIssue } from "../notes/index";
import { documentLimitFindings } from "./document-limits";
import type { LintChecker, LintFile, LintFinding } from "./types";

const STRICT: ReadonlySet<NonNullable<ParseIssue["code"]>> = new Set(["empty-card", "duplicate-front", "unknown-key"]);

function fromIssue(issue: ParseIssue): LintFinding {
  const severity = issue.severity === "error" || (issue.code && STRICT.has(issue.code)) ? "error" : "warning";
  return { file: issue.file, line: issue.line, severity, message: issue.message, rule: `deck/${issue.code ?? "parse"}` };
}

export function checkDecks(files: readonly LintFile[]): LintFinding[] {
  const findings: LintFinding[] = [];
  const ids = new Map<string, string>();
  const decks = new Map<string, string>();
  for (const file of files) {
    const deckId = deckIdFromFile(file.path);
    const otherDeck = decks.get(deckId);
    if (otherDeck) {
      findings.push({ file: file.path, line: 1, severity: "error", rule: "deck/duplicate-deck", message: `deck id "${deckId}" is also used by ${otherDeck}: rename one file` });
    } else decks.set(deckId, file.path);
    findings.push(...documentLimitFindings(file));
    const { meta, cards, issues } = parseNotes(file.text, { file: file.path, deckId });
    findings.push(...issues.map(fromIssue));
    if (!meta.title) {
      findings.push({ file: file.path, line: 1, severity: "warning", rule: "deck/no-title", message: "no title in front matter (---\\ntitle: …\\n---)" });
    }
    if (cards.length === 0) {
      findings.push({ file: file.path, line: 1, severity: "warning", rule: "deck/no-cards", message: "this deck has no cards" });
    }
    for (const card of cards) {
      const where = `${card.source.file}:${card.source.line}`;
      const seen = ids.get(card.id);
      if (seen) {
        findings.push({ file: file.path, line: card.source.line, severity: "error", rule: "deck/duplicate-id", message: `duplicate card id "${card.id}" (also at ${seen})` });
      } else ids.set(card.id, where);
    }
  }
  return findings;
}

export const checker: LintChecker = {
  id: "decks",
  description: "card decks: front matter, empty cards, quiz blocks, duplicate fronts and ids",
  // Every Markdown file except scenarios (issue 6), which lib/lint/scenario-checks.ts will claim.
  claims: (path) => !/(^|\/)scenarios\//.test(path),
  fallback: true,
  check: checkDecks,
};
