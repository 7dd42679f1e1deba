/**
 * Issue 12: the readers rewritten to do linear work answer exactly what the patterns they replace
 * answered (each old pattern is kept here as the reference), on many small random inputs made of
 * the characters that matter to them.
 */
import { describe, expect, it } from "vitest";
import { findTemplate } from "@/lib/cluster/admission/read/find-template";
import { LineContinuation } from "@/lib/kubectl/shell/line-continuation";
import { fenceAttributes } from "@/lib/scenarios/parse-blocks";
import { sectionProse } from "@/lib/scenarios/section-prose";
import { createRandom } from "@/lib/cluster/util/rand";

/** The project's seeded generator, so a failure shows the same input every run. */
const random = (seed: number): (() => number) => createRandom(seed).next;

function texts(pieces: readonly string[], count: number, length: number, seed: number): string[] {
  const next = random(seed);
  return Array.from({ length: count }, () => Array.from({ length: Math.floor(next() * length) }, () => pieces[Math.floor(next() * pieces.length)] ?? "").join(""));
}

const oldProse = (markdown: string): string => markdown.replace(/^(`{3,}|~{3,})[^\n]*\n[\s\S]*?^\1[ \t]*$/gm, "").replace(/\n{3,}/g, "\n\n").trim();

function oldFenceAttributes(meta: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of meta.matchAll(/([\w-]+)=(?:"([^"]*)"|'([^']*)'|(\S+))/g)) out[m[1] ?? ""] = m[2] ?? m[3] ?? m[4] ?? "";
  return out;
}

function oldLineContinues(line: string): boolean {
  let quote: string | undefined;
  for (let i = 0; i < line.length; i += 1) {
    const c = line[i];
    if (quote === "'") { if (c === "'") quote = undefined; continue; }
    if (c === "\\") { if (i === line.length - 1) return true; i += 1; continue; }
    if (quote === '"') { if (c === '"') quote = undefined; continue; }
    if (c === "'" || c === '"') quote = c;
    else if (c === "#" && (i === 0 || /\s/.test(line[i - 1] ?? ""))) return false;
  }
  return quote !== undefined;
}

describe("linear readers answer as the patterns they replace", () => {
  it("sectionProse removes the fenced blocks the old pattern removed", () => {
    const pieces = ["```", "````", "~~~", "```yaml", "~~~~ x", "\n", "\n", "\n", "text", " ", "\t", "`", "~"];
    const inputs = texts(pieces, 3_000, 24, 1);
    inputs.push("## A\n```yaml\na: 1\n```\nprose\n\n\n\n````\n```\n````\nend", "````\nx\n```\n", "```\n```", "```\n");
    for (const input of inputs) expect(sectionProse(input), JSON.stringify(input)).toBe(oldProse(input));
  });

  it("fenceAttributes reads the attributes the old pattern read", () => {
    const inputs = texts(["a", "b-c", "_", "=", '"', "'", " ", "x=1", 'f="t w"', "file=web.yaml", "fails=", "é"], 3_000, 16, 2);
    for (const input of inputs) expect(fenceAttributes(input), JSON.stringify(input)).toEqual(oldFenceAttributes(input));
  });

  it("findTemplate finds the placeholder the old pattern found", () => {
    const inputs = texts(["{", "}", "{{", "}}", "a", " ", "\n", "{{ .Values }}"], 3_000, 20, 3);
    for (const input of inputs) {
      const old = /\{\{[^}]*\}\}/.exec(input);
      expect(findTemplate(input), JSON.stringify(input)).toEqual(old ? { index: old.index, text: old[0] } : undefined);
    }
  });

  it("LineContinuation fed line by line answers as lineContinues on the joined line", () => {
    const pieces = ["a", " ", "'", '"', "\\", "#", "\t", "b#", "\\\\"];
    const next = random(4);
    for (let run = 0; run < 3_000; run++) {
      const lines = texts(pieces, 1 + Math.floor(next() * 4), 8, run + 100);
      const reading = new LineContinuation();
      let joined = lines[0] ?? "";
      let answer = reading.feed(joined);
      expect(answer, JSON.stringify(joined)).toBe(oldLineContinues(joined));
      for (const line of lines.slice(1)) {
        if (!answer) break;
        joined = `${joined}\n${line}`;
        answer = reading.feed(`\n${line}`);
        expect(answer, JSON.stringify(joined)).toBe(oldLineContinues(joined));
      }
    }
  });

  it("LineContinuation with the backslash dropped answers as lineContinues on the line joined without it", () => {
    const pieces = ["a", " ", "'", '"', "\\", "#", "b#"];
    for (let run = 0; run < 3_000; run++) {
      const lines = texts(pieces, 3, 8, run + 5_000);
      const reading = new LineContinuation();
      let joined = lines[0] ?? "";
      let answer = reading.feed(joined);
      for (const line of lines.slice(1)) {
        if (!answer || !joined.endsWith("\\")) break;
        reading.dropBackslash();
        joined = `${joined.slice(0, -1)}${line}`;
        answer = reading.feed(line);
        expect(answer, JSON.stringify(joined)).toBe(oldLineContinues(joined));
      }
    }
  });
});
