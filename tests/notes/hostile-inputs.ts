/**
 * Inputs shaped to find super-linear work in the notes parser (issue 12): each generator makes a note
 * of about `bytes` characters. Used by the linearity tests and by `npm run bench:notes`.
 */

/** `head`, then `unit(0)`, `unit(1)`, … until the text is at least `bytes` long. */
export function repeatTo(bytes: number, unit: (index: number) => string, head = ""): string {
  const parts: string[] = [head];
  let length = head.length;
  for (let index = 0; length < bytes; index++) {
    const part = unit(index);
    parts.push(part);
    length += part.length;
  }
  return parts.join("");
}

export const HOSTILE_INPUTS: Record<string, (bytes: number) => string> = {
  /** Issue 12's report: one line of nested blockquote markers. */
  "nested quotes": (bytes) => "> ".repeat(Math.floor(bytes / 2)) + "x",
  "nested list markers": (bytes) => "- ".repeat(Math.floor(bytes / 2)) + "x",
  "nested quote lines": (bytes) => repeatTo(bytes, (index) => `${"> ".repeat(Math.min(index, 400))}x\n`),
  "indented list staircase": (bytes) => repeatTo(bytes, (index) => `${"  ".repeat(index)}- a\n`),
  /** Issue 12's report: Q:/A: pairs. */
  "Q/A pairs": (bytes) => repeatTo(bytes, (index) => `Q: What is thing ${index}?\nA: It is answer ${index}.\n`),
  "Q/A pairs, blank lines": (bytes) => repeatTo(bytes, (index) => `Q: What is thing ${index}?\nA: It is answer ${index}.\n\n`),
  "trailing tags then text": (bytes) => `Pod ${"#a ".repeat(Math.floor(bytes / 3))}!`,
  "one-word bullets": (bytes) => "- a\n".repeat(Math.floor(bytes / 4)),
  "definition bullets": (bytes) => repeatTo(bytes, (index) => `- Term${index}: the meaning of term ${index}\n`),
  "definition lines": (bytes) => repeatTo(bytes, (index) => `Term${index}: the meaning of term ${index}\n`),
  "headings with prose": (bytes) => repeatTo(bytes, (index) => `## Heading ${index}\nSome prose about heading ${index}.\n`),
  "label over bullet": (bytes) => repeatTo(bytes, (index) => `Label${index}:\n- item\n\n`),
  "question over paragraphs": (bytes) => repeatTo(bytes, () => "text\n\n", "What is it?\n"),
  "quote list after lead-in": (bytes) => repeatTo(bytes, () => "> x\n", "What?\n"),
  "indented outline": (bytes) => repeatTo(bytes, () => "    - x\n", "Head\n"),
  "table rows": (bytes) => repeatTo(bytes, (index) => `| t${index} | d |\n`, "| a | b |\n|---|---|\n"),
  "open details": (bytes) => repeatTo(bytes, () => "x\n\n", "<details>\n"),
  "open brackets": (bytes) => "[".repeat(bytes),
  "emphasis markers": (bytes) => "*a _b ".repeat(Math.floor(bytes / 6)) + " is a thing",
  "backticks": (bytes) => "`a ".repeat(Math.floor(bytes / 3)),
  "colons": (bytes) => "a: ".repeat(Math.floor(bytes / 3)),
  "spaced dashes": (bytes) => "a - ".repeat(Math.floor(bytes / 4)),
  "parentheses": (bytes) => "(".repeat(Math.floor(bytes / 2)) + ")".repeat(Math.floor(bytes / 2)),
  "cloze openers": (bytes) => "{{c1::".repeat(Math.floor(bytes / 6)),
  "long sentence": (bytes) => `A pod ${"is a ".repeat(Math.floor(bytes / 5))}`,
  "prose": (bytes) => repeatTo(bytes, () => "Pods are the smallest deployable units of computing that you can create and manage.\n\n"),
  "spaces then text": (bytes) => `${" ".repeat(bytes)}x`,
  "wide table": (bytes) => `${"| h ".repeat(Math.floor(bytes / 12))}|\n${"|---".repeat(Math.floor(bytes / 12))}|\n${"| c ".repeat(Math.floor(bytes / 12))}|\n`,
  "link openers": (bytes) => "[a](".repeat(Math.floor(bytes / 4)),
  "Q lines without answers": (bytes) => repeatTo(bytes, (index) => `Q: question ${index}\n`),
  "questions over bullets": (bytes) => repeatTo(bytes, (index) => `- What is ${index}?\n  - It is ${index}.\n`),
  "one long Turkish word": (bytes) => `Pod ${"ı".repeat(bytes)}r.`,
  "long statement line": (bytes) => `etcd stores ${"data and ".repeat(Math.floor(bytes / 9))}more`,
  "term lines": (bytes) => repeatTo(bytes, (index) => `Term${index}\nthe meaning of term ${index} in a few words\n`),
  "question lines over answers": (bytes) => repeatTo(bytes, (index) => `What is ${index}?\nIt is the number ${index}.\n`),
  "unresolved brackets": (bytes) => "[a]".repeat(Math.floor(bytes / 3)),
  "unresolved bracket lines": (bytes) => "[a] b\n".repeat(Math.floor(bytes / 6)),
  "html comments": (bytes) => "<!-- id: a -->\n".repeat(Math.floor(bytes / 15)),
  "nested bullets staircase": (bytes) => repeatTo(bytes, (index) => `${"  ".repeat(index % 8)}- item ${index}\n`),
  "nested quote lists": (bytes) => repeatTo(bytes, (index) => `> - q ${index}\n>   - a ${index}\n`),
  "many headings": (bytes) => repeatTo(bytes, (index) => `# H${index}\n`),
  "html blocks": (bytes) => repeatTo(bytes, (index) => `<div>${index}</div>\n\n`),
  "reference definitions": (bytes) => repeatTo(bytes, (index) => `[r${index}]: https://k8s.io/${index}\n[r${index}] `),
  "emphasis runs": (bytes) => `${"*a ".repeat(Math.floor(bytes / 3))}`,
  "backtick runs": (bytes) => repeatTo(bytes, (index) => `${"`".repeat((index % 50) + 1)}a `),
  "colon lines": (bytes) => repeatTo(bytes, (index) => `k${index}: ${"a: ".repeat(20)}\n`),
  "front-matter keys": (bytes) => repeatTo(bytes, (index) => `key${index}: value ${index}\n`, "---\n") + "---\n\n- **Pod** — the smallest unit\n",
  "questions over bullets, blank lines": (bytes) => repeatTo(bytes, (index) => `- What is ${index}?\n\n  - It is ${index}.\n\n`),
};

/** A front-matter alias bomb ("billion laughs"): nine levels of nine aliases each. */
export function aliasBomb(): string {
  const lines = ['a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]'];
  for (let level = 1; level < 9; level++) {
    const refs = Array.from({ length: 9 }, () => `*a${level - 1}`).join(", ");
    lines.push(`a${level}: &a${level} [${refs}]`);
  }
  return `---\ntitle: Bomb\n${lines.join("\n")}\n---\n\n- **Pod** — the smallest unit\n`;
}
