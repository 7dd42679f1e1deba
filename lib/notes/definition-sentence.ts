/**
 * Definitions written as plain statements, without `:`, `-` or `=` (issue 17, item 3):
 * "CNI is the default network …", "`matchExpressions` used to define …", "etcd stores all cluster
 * data …", "Ein StatefulSet wird verwendet, um …", "Le Secret sert à …", "emptyDir, … geçici bir
 * dizindir". A statement defines its subject when the subject is a short term and the verb is a
 * copula followed by an article ("X is a …"; "Pods are ephemeral" states a property, it does not
 * define) or a defining verb of one of the six languages. With a copula any short noun phrase is a term; with any other verb the subject must look like a Kubernetes term
 * (code, CamelCase, an acronym, a hyphenated or dotted name, or a word of the Kubernetes vocabulary),
 * so ordinary prose ("The container keeps exiting") stays prose.
 *
 * A part-of-speech tagger was measured instead (compromise 14.17, English only): 2.0 s of CPU to tag
 * a 200 KB note, twice the whole preview budget, and on the same 33 sentences it found 14 of 18
 * definitions and took 1 of 15 prose sentences, against 16 of 18 and 0 of 15 here.
 */
import { ARTICLE } from "./vocabulary";

export interface Statement {
  term: string;
  /** The definition: what follows a copula, or the sentence from its verb on. */
  rest: string;
}

const COPULA = String.raw`is|are|es|son|ist|sind|est|sont|é|são|sao`;
const COPULA_ARTICLE = String.raw`(?:a|an|the|one|un|una|el|la|lo|ein|eine|einer|der|die|das|une|le|l'|les|um|uma|o|os)`;
const VERB = [
  // English
  String.raw`means|refers to|(?:is|are)?\s*used (?:to|for)|lets(?: you)?|allows|enables|provides|stores|runs|manages|maps|picks|selects|exposes|creates|holds|watches|schedules|ensures|makes sure|describes|defines|represents|controls|routes|forwards|assigns|acts as|serves as|gives|limits|reserves|spreads|balances|translates|resolves|repels|attaches|programs|schedules`,
  // Spanish
  String.raw`significa|se refiere a|se usan? para|sirven? para|permiten?|da|dan|abre|pide|guarda|almacena|ejecuta|gestiona|crea|define|describe|asigna|expone|programa|resuelve|garantiza|asegura|controla|limita`,
  // German
  String.raw`bedeutet|bezeichnet|(?:wird|werden) (?:verwendet|genutzt|benutzt)|dient|dienen|ermöglicht|erlaubt|speichert|verwaltet|startet|führt|stellt|sorgt|beschreibt|definiert|leitet|wählt|hält|steuert|regelt|begrenzt`,
  // French
  String.raw`signifie|désigne|sert à|servent à|permet|permettent|stocke|gère|démarre|exécute|crée|définit|décrit|expose|garde|assure|choisit|répartit|contrôle|limite|redémarre|retire`,
  // Portuguese
  String.raw`significa|refere-se a|serve para|servem para|é usad[oa] para|permite|guarda|armazena|executa|gerencia|cria|define|descreve|expõe|escolhe|ajusta|garante|mantém|controla|limita|reinicia|tira`,
].join("|");

// Verbs that define whatever their subject is ("Preemption means …"): every short term may be the subject.
const STRONG_VERB = String.raw`means|refers to|(?:is|are)?\s*used (?:to|for)|significa|se refiere a|se usan? para|sirven? para|bedeutet|bezeichnet|(?:wird|werden) (?:verwendet|genutzt|benutzt)|dient|dienen|signifie|désigne|sert à|servent à|refere-se a|serve para|servem para|é usad[oa] para`;

const SUBJECT = String.raw`(\x60[^\x60]{1,60}\x60|[\p{L}\p{N}][\p{L}\p{N}._/'-]*(?:\s+[\p{L}\p{N}][\p{L}\p{N}._/'-]*){0,3})(\s*\([^()]{1,40}\))?`;
const WITH_ARTICLE = new RegExp(String.raw`^${SUBJECT},?\s+(?:${COPULA})\s+((?:${COPULA_ARTICLE}\s|l['’]).+)$`, "isu");
const WITH_STRONG_VERB = new RegExp(String.raw`^${SUBJECT},?\s+((?:${STRONG_VERB})(?=[\s,.;:]|$).+)$`, "isu");
const WITH_VERB = new RegExp(String.raw`^${SUBJECT},?\s+((?:${VERB})(?=[\s,.;:]|$).+)$`, "isu");
const STOP = new Set(
  ("it its this that these those there they he she we you i each every all some many most which what who how why when where " +
    "if then so but and or also because however here now both either another other such " +
    "es esto eso esta este ello er sie es dies das il elle ce cela ça on ele ela isso isto bu şu o onlar").split(" "),
);

const KUBERNETES_WORDS = new Set(
  ("pod pods node nodes label labels taint taints toleration tolerations namespace namespaces service services volume volumes " +
    "secret secrets ingress deployment deployments selector selectors replica replicas cluster clusters etcd kubelet kubectl " +
    "container containers image images probe probes annotation annotations endpoint endpoints controller controllers scheduler " +
    "manifest manifests rollout rollouts job jobs cronjob daemonset statefulset replicaset configmap quota quotas").split(" "),
);

/** Looks like a Kubernetes term: code, CamelCase, an acronym, a hyphenated/dotted name, or a known word. */
export function isKubernetesTerm(term: string): boolean {
  const bare = term.replace(/\s*\([^()]*\)$/, "").trim();
  if (/^`[^`]+`$/.test(bare)) return true;
  // The name itself, or its first word (`kubectl apply`, `Container runtime`); not a qualified
  // ordinary noun ("master node").
  const first = bare.split(/\s+/)[0] ?? "";
  return [bare, first].some((word) => /\p{Ll}\p{Lu}|\p{Lu}{2,}|[\p{L}\d][-.][\p{L}\d]|\d/u.test(word) || KUBERNETES_WORDS.has(word.toLowerCase()));
}

// Words that never sit inside a term: "A per-node agent that watches …", "Similar to ConfigMaps but …".
export const INSIDE_STOP = new Set(
  "that which who whom whose where when but to of for from by with than as into also too then now only just still always usually often never basically simply que qui dass auch".split(" "),
);

function subjectOf(raw: string, parenthetical: string | undefined): string | null {
  const term = raw.replace(ARTICLE, "").trim();
  const words = term.toLowerCase().split(/\s+/);
  if (!term || STOP.has(words[0] ?? "") || words.some((word) => INSIDE_STOP.has(word)) || /[.!?;:]$/.test(term)) return null;
  return parenthetical ? `${term}${parenthetical}` : term;
}

// Turkish puts the verb last: "emptyDir, Pod silinince … geçici bir dizindir." / "… için kullanılır."
// Turkish puts the verb last: "emptyDir, Pod silinince … geçici bir dizindir." / "… için kullanılır."
// The first sentence's last word is the verb; the subject ends at a comma, or is one word (a longer
// subject would take the object). The plain aorist ("… yazar.") counts only in text with Turkish letters.
const TURKISH_VERB = /(?:d[ıiuü]r|t[ıiuü]r|kullan[ıi]l[ıi]r|sa[gğ]lar|demektir|gelir|eder|tan[ıi]mlar|olu[sş]turur|ba[sş]lat[ıi]r|izler)$/iu;
const TURKISH_AORIST = /\p{L}[aeıiuü]r$/u;
const TURKISH_LETTERS = /[ıışğçöüİŞĞÇÖÜ]/u;
const COMMA_SUBJECT = new RegExp(String.raw`^${SUBJECT},`, "u");
const WORD_SUBJECT = /^(\x60[^\x60]{1,60}\x60|[\p{L}\p{N}][\p{L}\p{N}._/'-]*)(\s*\([^()]{1,40}\))?\s/u;

function turkishStatement(line: string, whole: string): Statement | null {
  const sentence = line.split(/[.!?]/)[0] ?? "";
  const last = sentence.trim().split(/\s+/).pop() ?? "";
  if (!TURKISH_VERB.test(last) && !(TURKISH_LETTERS.test(line) && TURKISH_AORIST.test(last))) return null;
  const match = COMMA_SUBJECT.exec(sentence) ?? WORD_SUBJECT.exec(sentence);
  if (!match?.[1]) return null;
  const term = subjectOf(match[1], match[2]);
  if (!term || !isKubernetesTerm(term)) return null;
  const rest = whole.slice(match[1].length + (match[2]?.length ?? 0)).replace(/^,?\s*/, "");
  return rest.split(/\s+/).length >= 2 ? { term, rest } : null;
}

/** The statement's subject and definition, or null when the text is not a defining statement. */
/** Subject and verb open the sentence; the patterns see only its start, so a long line costs no more. */
const HEAD = 400;

export function splitStatement(text: string): Statement | null {
  const whole = text.trim();
  const line = whole.slice(0, HEAD);
  const tail = whole.slice(HEAD);
  const article = WITH_ARTICLE.exec(line);
  if (article?.[1] && article[3]) {
    const term = subjectOf(article[1], article[2]);
    if (term && term.split(/\s+/).length <= 4) return { term, rest: (article[3] + tail).trim() };
  }
  const strong = WITH_STRONG_VERB.exec(line);
  if (strong?.[1] && strong[3]) {
    const term = subjectOf(strong[1], strong[2]);
    if (term && term.split(/\s+/).length <= 4 && (/^[\p{Lu}`]/u.test(term) || isKubernetesTerm(term))) return { term, rest: (strong[3] + tail).trim() };
  }
  const verb = WITH_VERB.exec(line);
  if (verb?.[1] && verb[3]) {
    const term = subjectOf(verb[1], verb[2]);
    if (term && isKubernetesTerm(term) && verb[3].trim().split(/\s+/).length >= 2) return { term, rest: (verb[3] + tail).trim() };
  }
  return turkishStatement(line, whole);
}
