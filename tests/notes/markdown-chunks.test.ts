/**
 * Parsing a long note in pieces (lib/notes/markdown-chunks.ts) must give exactly the tree remark
 * gives for the whole text: every node, every position.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import remarkFrontmatter from "remark-frontmatter";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { describe, expect, it } from "vitest";
import { prepareText } from "@/lib/notes";
import { chunkStarts, CHUNK_CHARS } from "@/lib/notes/markdown-chunks";
import { parseMarkdown } from "@/lib/notes/markdown-tree";
import { FIXTURES_DIR, SEEDS_DIR } from "./golden-helpers";

const whole = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ["yaml"]);
const CONTENT_DIR = join(import.meta.dirname, "../../content/decks");
const EVAL_DIRS = ["heldout", "tuning"].map((set) => join(import.meta.dirname, "eval", set));

function notesIn(dir: string): string[] {
  return readdirSync(dir).filter((file) => /\.(md|txt)$/.test(file)).sort().map((file) => readFileSync(join(dir, file), "utf8"));
}

const sameTree = (text: string): void => {
  const chunked = JSON.parse(JSON.stringify(parseMarkdown(text))) as { children: unknown[] };
  const reference = JSON.parse(JSON.stringify(whole.parse(text))) as { children: unknown[] };
  expect(chunked.children).toEqual(reference.children);
};

describe("parsing in pieces", () => {
  const all = [FIXTURES_DIR, SEEDS_DIR, CONTENT_DIR, ...EVAL_DIRS].flatMap(notesIn).map(prepareText);

  it("gives remark's own tree for every note of the repository, one after another", () => {
    const text = all.join("\n\n");
    expect(chunkStarts(text).length).toBeGreaterThan(10);
    sameTree(text);
  });

  it("gives remark's own tree for each built-in deck doubled (front matter, quiz blocks, tables)", () => {
    for (const deck of notesIn(CONTENT_DIR)) sameTree(`${deck}\n\n${deck.replace(/^---[\s\S]*?\n---\n/, "")}`);
  });

  it("never cuts inside fenced code, an HTML comment, a list or before a continued line", () => {
    const filler = `${"Filler paragraph about Pods and Services.\n\n".repeat(Math.ceil(CHUNK_CHARS / 40))}`;
    const text = [
      filler, "```\ncode\n\nmore code\n```\n", filler, "<!--\ncomment\n\nstill comment\n-->\n", filler,
      "- item one\n\n- item two after a blank line\n\n  continued item\n", filler, "<pre>\npre\n\npre\n</pre>\n", filler,
    ].join("\n");
    sameTree(text);
  });

  it("cuts a long paragraph of plain lines and joins it again into remark's one paragraph", () => {
    const pairs = Array.from({ length: 1_500 }, (_, index) => `Q: What is thing ${index}?\nA: It is answer ${index}.`).join("\n");
    const text = `${pairs}\n\nAfter.\n\n${pairs}\n`;
    expect(chunkStarts(text).filter((start) => start.joinsParagraph).length).toBeGreaterThan(10);
    sameTree(text);
  });

  it("does not cut a paragraph that a setext underline turns into a heading, nor one with inline syntax", () => {
    const lines = Array.from({ length: 900 }, (_, index) => `line ${index} of text`).join("\n");
    expect(chunkStarts(`${lines}\n===\n`).some((start) => start.joinsParagraph)).toBe(false);
    sameTree(`${lines}\n===\n`);
    const code = Array.from({ length: 900 }, (_, index) => (index % 300 === 1 ? "a `code" : index % 300 === 2 ? "span` b" : `line ${index}`)).join("\n");
    sameTree(code);
  });

  it("cuts the plain lines that end a paragraph whose first lines have inline syntax", () => {
    const plain = Array.from({ length: 1_200 }, (_, index) => `plain line ${index}`).join("\n");
    const lead = Array.from({ length: 300 }, (_, index) => `[a] b *c ${index}`).join("\n");
    const text = `${lead}\n${plain}\n\nAfter.\n`;
    expect(chunkStarts(text).filter((start) => start.joinsParagraph).length).toBeGreaterThan(3);
    sameTree(text);
    for (const closer of ["\n  and a closing * here\n", "\n- item\n", "\n===\n", "\n  `\n"]) {
      const open = `\`${lead}\n${plain}${closer}`;
      expect(chunkStarts(open).some((start) => start.joinsParagraph), closer).toBe(false);
      sameTree(open);
    }
  });

  it("cuts before headings that follow text, lists, quotes and code without a blank line", () => {
    const sections = Array.from({ length: 3_000 }, (_, index) =>
      [`## Heading ${index}`, "Some prose about it.", "- a bullet", "> a quote", "    indented code", "```", "# fenced, not a heading", "```", "lazy?"][index % 9]).join("\n");
    expect(chunkStarts(sections).length).toBeGreaterThan(3);
    sameTree(`${sections}\n# Last\n`);
    for (const before of ["<div>", "| a |\n| - |\n| b |"]) {
      const text = Array.from({ length: 600 }, (_, index) => `${before}\n# H${index}\ntext`).join("\n\n");
      sameTree(text);
    }
    const inHtml = `<div>\n${Array.from({ length: 2_000 }, (_, index) => `# H${index}`).join("\n")}\n`;
    expect(chunkStarts(inHtml)).toHaveLength(1);
    sameTree(inHtml);
  });

  it("keeps a fence open past a line that only starts like a closing fence (found by a differential fuzz)", () => {
    const body = Array.from({ length: 1_500 }, (_, index) => (index % 50 === 3 ? "``` not a closer" : `# H${index}\ntext ${index}`)).join("\n");
    sameTree(`Intro\n\n  \`\`\`\n${body}\n`);
  });

  it("cuts a long list between items and joins it again into remark's one list", () => {
    const repeat = (n: number, item: (index: number) => string): string => Array.from({ length: n }, (_, index) => item(index)).join("");
    const lists = [
      repeat(3_000, () => "- a\n"),
      repeat(2_000, (index) => `- What is ${index}?\n  - It is ${index}.\n`),
      `What?\n${repeat(2_000, () => "- x\n")}`,
      repeat(2_000, (index) => `${index + 1}. step ${index}\n      more of step ${index}\n`),
      repeat(2_000, (index) => `${index % 3 === 0 ? "*" : "-"} item ${index}\n`),
      `- first\n\n${repeat(2_000, (index) => `- item ${index}\n${index % 500 === 0 ? "\n" : ""}`)}`,
      repeat(1_500, (index) => `> - q ${index}\n>   - a ${index}\n${index % 200 === 9 ? ">\n" : ""}`),
      `> Lead:\n>\n${repeat(1_500, (index) => `> ${index + 1}. step ${index}\n>       more\n`)}\nAfter.\n`,
      repeat(1_500, (index) => `- item ${index}\n${index === 1_400 ? "lazy line\n" : ""}${index % 300 === 5 ? "    ```\n- code\n    ```\n" : ""}`),
    ];
    for (const text of lists) {
      expect(chunkStarts(text).filter((start) => start.joinsList).length, text.slice(0, 40)).toBeGreaterThan(1);
      sameTree(text);
    }
  });

  it("does not cut items that are paragraph text, HTML or under-indented continuations", () => {
    const repeat = (n: number, unit: string): string => unit.repeat(n);
    for (const text of [
      `What?\n${Array.from({ length: 2_000 }, (_, index) => `${index + 2}. x`).join("\n")}\n`,
      `<div>\n${repeat(2_000, "- x\n")}`,
      `<!--\n\n${repeat(2_000, "- x\n")}-->\n`,
      `| a |\n| - |\n${repeat(2_000, "- x\n")}`,
      `What?\n${repeat(2_000, "> - x\n")}`,
      `<div>\n\n${repeat(2_000, "> - x\nlazy\n")}`,
    ]) {
      expect(chunkStarts(text).some((start) => start.joinsList), text.slice(0, 20)).toBe(false);
      sameTree(text);
    }
    const underIndented = repeat(1_000, "- a\n # not in the item\n");
    sameTree(underIndented);
  });

  it("gives remark's own tree for seeded random notes that mix every kind of block (a differential fuzz)", () => {
    const vocabulary = [
      "- a", "- b *c", "* x", "+ y", "1. one", "2. two", "10) ten", "  - nested", "   more", "    code", "", "", "", "> q", "> - ql",
      ">   - qn", ">", "> > qq", "# H", "## H2 text", "plain text", "more plain", "[a] b", "`tick", "*em", "| a | b |", "|---|---|",
      "---", "***", "- - -", "===", "lazy", " - one space", "-", "1.", "<b>inline</b> x", "text  ", "text\\", "www.example.com",
      "- [ ] task", ">    - deep", "     - far",
    ];
    // Lines that stop cutting until they are closed: rare, or nothing would be cut.
    const rare = ["<div>", "<!--", "-->", "```", "~~~", "  ```"];
    let seed = 7;
    const random = (): number => {
      seed = (seed * 1_103_515_245 + 12_345) & 0x7fffffff;
      return seed / 0x7fffffff;
    };
    const pick = (): string => {
      const from = random() < 0.03 ? rare : vocabulary;
      return from[Math.floor(random() * from.length)] ?? "";
    };
    let cuts = 0;
    for (let note = 0; note < 12; note++) {
      const lines: string[] = [];
      let length = 0;
      while (length < 12_000) {
        const unit = random() < 0.5 ? [pick()] : [pick(), pick()];
        const repeat = random() < 0.3 ? Math.floor(random() * 200) : 1;
        for (let k = 0; k < repeat; k++) {
          for (const [at, line] of unit.entries()) {
            const text = random() < 0.5 ? line : `${line} w${k}${at}`;
            lines.push(text);
            length += text.length + 1;
          }
        }
      }
      cuts += chunkStarts(lines.join("\n")).length - 1;
      sameTree(lines.join("\n"));
    }
    expect(cuts).toBeGreaterThan(5);
  });

  it("does not cut notes with link reference definitions", () => {
    const text = `${"Para [link].\n\n".repeat(CHUNK_CHARS)}[link]: https://kubernetes.io\n`;
    expect(chunkStarts(text)).toHaveLength(1);
  });
});
