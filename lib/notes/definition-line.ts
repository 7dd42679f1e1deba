/**
 * Recognises "term — definition" on one logical line of inline Markdown:
 * `**Pod** - smallest unit`, `` `kubectl` — the CLI ``, `Pod: smallest unit`, `Pod -> …`, `Pod = …`,
 * and, where the caller allows it, `Pod, smallest unit of K8s` and `A Pod is a …`.
 */
import { INSIDE_STOP, splitStatement } from "./definition-sentence";
import { ARTICLE, isAdmonition, isAttributeLabel } from "./vocabulary";

export interface DefinitionLine {
  /** Markdown of the term (bold markers removed, code kept). */
  term: string;
  /** Markdown of the definition; empty when the author left it blank. */
  rest: string;
  /** The term was marked up (bold or code), so the author clearly meant a definition. */
  explicit: boolean;
  /** Found as a sentence (`A Pod is a …`, `X is used to …`) rather than with a separator. */
  sentence?: boolean;
}

export interface DefinitionOptions {
  /** `Pod, smallest unit of K8s` (bullets of plain-text notes). */
  allowComma?: boolean;
  /** `A Pod is a …` / `Pods are the …`. */
  allowSentence?: boolean;
}

const SEPARATOR = /^\s*(?:->|=>|→|⇒|[-–—:=])(?=\s|$)\s*/;
const PLAIN_SEPARATOR = /\s(?:->|=>|→|⇒|[-–—=])(?=\s|$)|:(?=\s|$)/;
const STOP_START = new Set(
  (
    "because so but and or if when while since then also however therefore thus hence note eg e.g. ie i.e. " +
    "for in on at to with without we you i it its it's this that these those there they he she each every all " +
    "some many most usually typically basically don't do does did can could will would should must my our your " +
    "why what how where which who example examples official definition see like just only even not no yes " +
    "here now first second finally later todo tbd the a an one both either neither such another other " +
    "something everything nothing anything someone everyone"
  ).split(" "),
);
const FILLER = /^(?:so|and|then|also|hence|thus)\s+(?:(?:we|you)\s+(?:have|use|need|get)\s+)?(?:(?:a|an|the)\s+)?/i;

function words(text: string): string[] {
  return text.split(/\s+/).filter(Boolean);
}

/** A plausible term: a short noun phrase, not the start of a sentence. */
export function isTermLike(raw: string, maxWords = 6): boolean {
  const term = raw.replace(/[*_`]/g, "").trim();
  const list = words(term);
  if (list.length === 0 || list.length > maxWords || term.length > 60) return false;
  if (!/\p{L}/u.test(term) || /[.!?;]\s|[.!?;]$|\]\(|^\W|:\/\/|www\./u.test(term)) return false;
  if ((term.match(/\(/g) ?? []).length !== (term.match(/\)/g) ?? []).length) return false;
  return !STOP_START.has((list[0] ?? "").toLowerCase().replace(/[^\p{L}'.]/gu, ""));
}

function cleanTerm(term: string): string {
  return term.replace(/[:\s]+$/, "").trim();
}

function explicitTerm(line: string): DefinitionLine | null {
  const bold = /^(\*\*|__)(?!\s)(.+?)\1(?![*_])\s*(.*)$/s.exec(line);
  const code = /^(`+)([^`]+?)\1\s*(.*)$/s.exec(line);
  const match = bold ?? code;
  if (!match) return null;
  const inner = match[2] ?? "";
  const after = match[3] ?? "";
  const term = bold ? cleanTerm(inner) : `\`${inner}\``;
  if (!/\p{L}/u.test(term) || words(term).length > 8 || isAdmonition(term) || isAttributeLabel(term)) return null;
  const separator = SEPARATOR.exec(after);
  if (separator) return { term, rest: after.slice(separator[0].length).trim(), explicit: true };
  if (bold && /:\s*$/.test(inner)) return { term, rest: after.trim(), explicit: true };
  if (/^(?:is|are|means|refers to)\s/i.test(after)) return { term, rest: after.trim(), explicit: true };
  // "`ClusterIP` (default) gives …": a marked-up term, a qualifier in parentheses, then its description.
  if (/^\([^()]{1,40}\)\s+\S+\s+\S/.test(after)) return { term, rest: after.trim(), explicit: true };
  if (bold && after.trim() === "") return null;
  return null;
}

function plainTerm(line: string): DefinitionLine | null {
  const match = PLAIN_SEPARATOR.exec(line);
  if (!match) return null;
  // `[[Service]]` / `[[Service|alias]]` (wiki links of note apps) name the term.
  let term = line.slice(0, match.index).trim().replace(/^\[\[(?:[^\]|]*\|)?([^\]]+)\]\]$/, "$1");
  const rest = line.slice(match.index + match[0].length).trim();
  term = term.replace(FILLER, "");
  // "kubernetes objects - my notes": a title line, not a definition.
  if (/^(?:(?:my|our|some)\s+)?notes?$/i.test(rest)) return null;
  if (/`[^`]*$/.test(term) || /\[[^\]]*$/.test(term) || !isTermLike(term)) return null;
  // `Purpose: …` describes the thing the section is about: prose of that section, not a term.
  if (isAdmonition(term) || isAttributeLabel(term)) return null;
  return { term: cleanTerm(term), rest, explicit: false };
}

function commaTerm(line: string): DefinitionLine | null {
  const match = /^(\p{Lu}[\p{L}\d-]*(?:\s\p{Lu}[\p{L}\d-]*)?),\s+(.+)$/u.exec(line);
  if (!match?.[1] || !match[2] || !isTermLike(match[1], 2) || words(match[2]).length < 2) return null;
  if (/^(?:and|or|but|so|which|who|that)\s/i.test(match[2])) return null;
  return { term: match[1], rest: match[2].trim(), explicit: false };
}

function sentenceTerm(line: string): DefinitionLine | null {
  const match =
    /^(.{1,50}?)\s+(?:is|are)\s+((?:a|an|the|one|basically\s+a|simply\s+a|just\s+a)\s+.+|(?:always\s+)?(?:comprised|composed|made up)\s+of\s+.+|used\s+(?:to|for)\s+.+)$/isu.exec(
      line,
    );
  if (!match?.[1] || !match[2]) return null;
  const term = match[1].replace(ARTICLE, "");
  if (!isTermLike(term, 4) || /,/.test(term) || term.toLowerCase().split(/\s+/).some((word) => INSIDE_STOP.has(word))) return null;
  return { term: cleanTerm(term), rest: match[2].trim(), explicit: false, sentence: true };
}

function statementTerm(line: string): DefinitionLine | null {
  const statement = splitStatement(line);
  if (!statement || !isTermLike(statement.term.replace(/[`]/g, ""), 6) || isAdmonition(statement.term) || isAttributeLabel(statement.term)) return null;
  return { term: cleanTerm(statement.term), rest: statement.rest, explicit: false, sentence: true };
}

/** Only the sentence forms (`A Pod is a …`, `etcd stores …`), for text joined from several lines. */
export function splitSentenceDefinition(text: string): DefinitionLine | null {
  return sentenceTerm(text.trim()) ?? statementTerm(text.trim());
}

export function splitDefinition(line: string, options: DefinitionOptions = {}): DefinitionLine | null {
  const text = line.trim();
  return (
    explicitTerm(text) ??
    plainTerm(text) ??
    (options.allowComma ? commaTerm(text) : null) ??
    (options.allowSentence ? (sentenceTerm(text) ?? statementTerm(text)) : null)
  );
}

/** The same term, give or take case, Markdown markers, an article, a plural ending and hyphens (Kubeproxy / kube-proxy). */
export function sameTerm(a: string, b: string): boolean {
  const norm = (text: string): string =>
    text.toLowerCase().replace(/[*_`]/g, "").replace(/\s*\([^()]*\)\s*$/, "").trim().replace(ARTICLE, "").replace(/(es|s)$/, "").replace(/[\s-]+/g, "");
  return norm(a) === norm(b);
}

/** One term names the other with more words ("kubelet process" / "Kubelet"). */
export function containsTerm(a: string, b: string): boolean {
  const wordsOf = (text: string): string[] => text.toLowerCase().replace(/[*_`()]/g, " ").split(/\s+/).filter(Boolean);
  const [x, y] = [wordsOf(a), wordsOf(b)];
  if (x.length === 0 || y.length === 0) return false;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  return short.every((word) => long.some((other) => sameTerm(word, other)));
}

/** Placeholder text that must never become a front or a back. */
export function isPlaceholder(text: string): boolean {
  const plain = text.replace(/[*_`>#\s]/g, " ").trim().toLowerCase();
  return plain === "" || /^(?:\?+|\.{2,}|…|-+|todo|tbd|later|\?+\s*later|wip|n\/a|xxx)$/.test(plain) || !/[\p{L}\p{N}]/u.test(plain);
}


/** `what does the scheduler do` (no question mark): notes often drop it. */
export function isQuestionLike(text: string): boolean {
  return text.endsWith("?") || (/^(?:what|why|how|when|where|which|who)\s/i.test(text) && words(text).length <= 15 && !/[.!:]/.test(text));
}

/** A line that labels what follows: a lead-in (`…:` / `…?`) or a short noun phrase that is not itself a definition. */
export function isLabel(text: string): boolean {
  if (/[?:]$/.test(text)) return !/[.!?]\s|:\s/.test(text) && words(text).length <= 15;
  return isTermLike(text.replace(ARTICLE, "")) && !/[.!]$/.test(text) && splitDefinition(text) === null;
}

const INLINE_QUESTION = /^((?:what|why|how|when|where|which|who|is|are|can|does|do|should|will)\b[^?]{2,160}\?)\s+(\S.*)$/is;

/** `Why Deployments? They roll out new versions.` on one line → question and answer. */
export function splitInlineQuestion(line: string): { question: string; answer: string } | null {
  const match = INLINE_QUESTION.exec(line.trim());
  if (!match?.[1] || !match[2] || isPlaceholder(match[2])) return null;
  return { question: match[1].trim(), answer: match[2].trim() };
}
