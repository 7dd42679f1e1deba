/**
 * Issue 12: no note within the import limit may make the parser's work explode. Growth is checked by
 * comparing an input with one eight times its size (linear work grows about 8×, quadratic 64×): the
 * least CPU time of three runs each, so a busy machine does not decide the result. Nesting depth is
 * checked exactly, by what the pre-pass leaves for remark.
 */
import { describe, expect, it } from "vitest";
import { parseNotes, prepareText, readMarkdownDocument } from "@/lib/notes";
import { chunkStarts } from "@/lib/notes/markdown-chunks";
import { boundBrackets, MAX_BRACKETS } from "@/lib/notes/bound-brackets";
import { boundLine, MAX_INDENT, MAX_MARKERS } from "@/lib/notes/bound-nesting";
import { aliasBomb, HOSTILE_INPUTS } from "./hostile-inputs";

function leastCpuMs(text: string, runs = 3): number {
  let least = Infinity;
  for (let run = 0; run < runs; run++) {
    const start = process.cpuUsage();
    parseNotes(text, { file: "hostile.md" });
    const used = process.cpuUsage(start);
    least = Math.min(least, (used.user + used.system) / 1000);
  }
  return least;
}

describe("hostile notes", () => {
  it("parses issue 12's 199 KB of nested quote markers without a stack overflow", () => {
    const text = `${"> ".repeat(99_000)}x`;
    expect(() => parseNotes(text, { file: "quotes.md" })).not.toThrow();
    expect(() => readMarkdownDocument(text, "quotes.md")).not.toThrow();
  });

  const growing = [
    "nested quotes",
    "nested list markers",
    "nested quote lines",
    "indented list staircase",
    "trailing tags then text",
    "cloze openers",
    "Q/A pairs",
    "label over bullet",
  ];
  it.each(growing)("does work that grows linearly with the size of %s", (name) => {
    const make = HOSTILE_INPUTS[name];
    if (!make) throw new Error(`no hostile input ${name}`);
    parseNotes(make(2_000), { file: "warm.md" });
    const small = leastCpuMs(make(2_000));
    const large = leastCpuMs(make(16_000));
    // 8× the input: linear work is about 8× (more on a small input's fixed costs), quadratic 64×.
    expect(large, `${name}: ${small.toFixed(1)} ms → ${large.toFixed(1)} ms`).toBeLessThan(Math.max(small, 2) * 24);
  });

  it("reads an unclosed cloze among many colons in linear time", () => {
    const make = (n: number): string => `{{c1::etcd}} stores state {{c2::${":".repeat(n)}`;
    const small = leastCpuMs(make(2_000));
    const large = leastCpuMs(make(16_000));
    expect(large).toBeLessThan(Math.max(small, 2) * 24);
  });
});

describe("long lists, quotes and paragraphs in pieces", () => {
  // Before the list cuts (lib/notes/list-cuts.ts), CPU at 200 KB: questions over bullets 15 s, a list
  // in a quote 46 s, `[a] b` lines 9.5 s (remark's work grew with the square of one list or
  // paragraph). Now linear: 1–3.5 s on this shared machine, mostly remark's own cost per list item;
  // 6 s leaves room for a loaded machine and still fails the old code.
  const superLinearBefore = ["questions over bullets", "nested quote lists", "unresolved bracket lines"];

  it.each(superLinearBefore)("hands remark 200 KB of %s in pieces of at most 8 KB", (name) => {
    const text = prepareText(HOSTILE_INPUTS[name]?.(200_000) ?? "");
    const offsets = [...chunkStarts(text).map((start) => start.offset), text.length];
    const largest = Math.max(...offsets.slice(1).map((offset, index) => offset - (offsets[index] ?? 0)));
    expect(largest).toBeLessThanOrEqual(8_000);
  });

  it.each(superLinearBefore)("parses 200 KB of %s in under 6 s of CPU", (name) => {
    expect(leastCpuMs(HOSTILE_INPUTS[name]?.(200_000) ?? "", 1)).toBeLessThan(6_000);
  });
});

describe("nesting bound", () => {
  it(`keeps at most ${MAX_MARKERS} container markers on a line and escapes the next`, () => {
    expect(boundLine(`${"> ".repeat(12)}x`)).toBe(`${"> ".repeat(MAX_MARKERS)}\\${"> ".repeat(12 - MAX_MARKERS)}x`);
    expect(boundLine(`${"- ".repeat(10)}x`)).toBe(`${"- ".repeat(MAX_MARKERS)}\\- - x`);
    expect(boundLine(`${"1. ".repeat(9)}x`)).toBe(`${"1. ".repeat(MAX_MARKERS)}1\\. x`);
  });

  it("leaves ordinary lines, shallow nesting and thematic breaks alone", () => {
    for (const line of ["- **Pod** — the smallest unit", "> > quoted twice", "    - indented bullet", `${"- ".repeat(12)}`, "2. step two", "-not a bullet"]) {
      expect(boundLine(line)).toBe(line);
    }
  });

  it(`cuts indentation wider than ${MAX_INDENT} columns`, () => {
    expect(boundLine(`${" ".repeat(300)}- deep`)).toBe(`${" ".repeat(MAX_INDENT)}- deep`);
    expect(boundLine(`- ${" ".repeat(100)}- deep`)).toBe(`-${" ".repeat(MAX_INDENT)}- deep`);
  });

  it("keeps line numbers: the cards after a deep line keep their source line", () => {
    const text = `${"> ".repeat(500)}x\n\n- **Pod** — the smallest unit\n`;
    expect(parseNotes(text, { file: "t.md" }).cards.map((card) => card.source.line)).toEqual([3]);
  });
});

describe("YAML aliases", () => {
  const message = /too many aliases: front matter expands YAML aliases \(\*name\) more than 100 times, which looks like an "alias bomb"/;

  it("answers an alias bomb in front matter with a clear error, and still reads the cards", () => {
    const result = parseNotes(aliasBomb(), { file: "bomb.md" });
    expect(result.issues).toEqual([expect.objectContaining({ severity: "error", code: "front-matter", line: 1, message: expect.stringMatching(message) })]);
    expect(result.cards.map((card) => card.front)).toEqual(["Pod"]);
  });

  it("answers an alias bomb in a scenario's front matter the same way", () => {
    const document = readMarkdownDocument(aliasBomb(), "scenario.md");
    expect(document.frontMatter).toBeNull();
    expect(document.issues[0]?.message).toMatch(message);
  });

  it("answers an alias bomb in a quiz block with a quiz error", () => {
    const bomb = aliasBomb().split("\n").slice(2, 11).join("\n");
    const result = parseNotes(`\`\`\`quiz\n${bomb}\nquestion: Q?\noptions: [a, b]\nanswer: a\n\`\`\`\n`, { file: "quiz.md" });
    expect(result.issues[0]?.message).toMatch(/^quiz block: too many aliases/);
    expect(result.cards).toEqual([]);
  });

  it("refuses front matter over 16 KB with a clear error before reading its YAML, in notes and scenarios", () => {
    const text = HOSTILE_INPUTS["front-matter keys"]?.(200_000) ?? "";
    const result = parseNotes(text, { file: "keys.md" });
    expect(result.issues).toEqual([expect.objectContaining({ severity: "error", line: 1, message: expect.stringMatching(/^front matter is too long \(\d+ KB; at most 16 KB\)/) })]);
    expect(result.cards.map((card) => card.front)).toEqual(["Pod"]);
    expect(readMarkdownDocument(text, "scenario.md").issues[0]?.message).toMatch(/^front matter is too long/);
  });

  it("reports an alias without its anchor instead of throwing", () => {
    const result = parseNotes("---\ntitle: *missing\n---\n\n- **Pod** — the smallest unit\n", { file: "alias.md" });
    expect(result.issues[0]?.message).toMatch(/^front matter is not valid YAML: Unresolved alias/);
    expect(result.cards).toHaveLength(1);
  });
});

describe("bracket bound", () => {
  const cpuMs = (text: string): number => {
    const start = process.cpuUsage();
    parseNotes(text, { file: "brackets.md" });
    const used = process.cpuUsage(start);
    return (used.user + used.system) / 1000;
  };

  it(`leaves a block of up to ${MAX_BRACKETS} brackets alone and makes the rest full-width`, () => {
    const lines = ["[a](b) ".repeat(MAX_BRACKETS / 2), "[c] \\[d]", "", "[e](f)"];
    boundBrackets(lines, [false, false, false, false]);
    expect(lines[0]).toBe("[a](b) ".repeat(MAX_BRACKETS / 2));
    expect(lines[1]).toBe("［c］ \\[d］");
    expect(lines[3]).toBe("[e](f)");
    const code = ["[".repeat(MAX_BRACKETS + 5)];
    boundBrackets(code, [true]);
    expect(code[0]).toBe("[".repeat(MAX_BRACKETS + 5));
  });

  // Before the bound: 14 s and 22 s of CPU at 200 KB (micromark merges text between failed brackets
  // with a splice of the block's whole event list). 1.5 s leaves room for a loaded machine.
  it.each(["link openers", "unresolved brackets"])("parses 200 KB of %s in under 1.5 s of CPU", (name) => {
    const make = HOSTILE_INPUTS[name];
    if (!make) throw new Error(`no hostile input ${name}`);
    expect(cpuMs(make(200_000))).toBeLessThan(1_500);
  });
});
