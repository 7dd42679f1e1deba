/**
 * Figures for the notes parser (`npm run bench:notes`): CPU time of parseNotes on hostile inputs
 * (tests/notes/hostile-inputs.ts) at growing sizes up to 200 KB (what saved decks may hold), with how
 * the cost grows, and on a realistic note made of the fixtures and seeds; then each input at the most
 * the limits accept now (100 KB and 3,000 reading units), costliest first. `--max-kb N` stops at N KB,
 * `--only NAME` runs the inputs whose name contains NAME. A size that takes over 10 s of CPU skips
 * the larger ones. CPU time, not wall time: on a shared machine wall time measures the neighbours.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseNotes } from "../lib/notes";
import { parseMarkdown } from "../lib/notes/markdown-tree";
import { prepareText } from "../lib/notes/text-prepass";
import { readingCost } from "../lib/notes/reading-cost";
import { largestAccepted } from "../tests/notes/accepted-input";
import { aliasBomb, HOSTILE_INPUTS } from "../tests/notes/hostile-inputs";
import { cpu } from "./cpu-time";

const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};
const maxKb = Number(option("--max-kb") ?? 200);
const only = option("--only");

const pad = (text: string, width: number): string => text.padEnd(width);

function realisticNote(bytes: number): string {
  const dirs = [join(import.meta.dirname, "../tests/notes/fixtures"), join(import.meta.dirname, "../tests/notes/eval/tuning"), join(import.meta.dirname, "../../shared/seeds")];
  const texts = dirs.flatMap((dir) => {
    try {
      return readdirSync(dir).filter((file) => /\.(md|txt)$/.test(file)).sort().map((file) => readFileSync(join(dir, file), "utf8").replace(/^---\n[\s\S]*?\n---\n/, ""));
    } catch {
      return [];
    }
  });
  const parts: string[] = [];
  let length = 0;
  for (let index = 0; length < bytes && texts.length > 0; index++) {
    const text = texts[index % texts.length] ?? "";
    parts.push(text, "\n\n");
    length += text.length + 2;
  }
  return parts.join("").slice(0, bytes);
}

// Warm up the parser (JIT) so the first row does not carry start-up cost.
for (let i = 0; i < 3; i++) parseNotes(realisticNote(20_000), { file: "warm.md" });

const sizes = [25, 50, 100, 200].filter((kb) => kb <= maxKb);
console.log(`notes parser, CPU ms by input size (KB); growth = CPU(largest) / CPU(half of it), 2.0 is linear`);
console.log(`${pad("input", 28)}${sizes.map((kb) => pad(`${kb} KB`, 11)).join("")}remark@max  growth  cards`);
const cases: [string, (bytes: number) => string][] = [["realistic note", realisticNote], ...Object.entries(HOSTILE_INPUTS)];
for (const [name, make] of cases) {
  if (only && !name.includes(only)) continue;
  const cells: string[] = [];
  const times: number[] = [];
  let cards = "";
  let remark = "";
  for (const kb of sizes) {
    if (times.length > 0 && (times[times.length - 1] ?? 0) > 10_000) {
      cells.push(pad("skipped", 11));
      continue;
    }
    const text = make(kb * 1000);
    const { ms, value } = cpu(() => parseNotes(text, { file: "bench.md" }));
    times.push(ms);
    cells.push(pad(value instanceof Error ? `${ms.toFixed(0)} ERR` : ms.toFixed(0), 11));
    cards = value instanceof Error ? value.message.slice(0, 40) : String(value.cards.length);
    if (kb === sizes[sizes.length - 1]) remark = cpu(() => parseMarkdown(prepareText(text))).ms.toFixed(0);
  }
  const last = times[times.length - 1] ?? 0;
  const before = times[times.length - 2] ?? 0;
  const growth = times.length === sizes.length && before > 0 ? (last / before).toFixed(1) : "-";
  console.log(`${pad(name, 28)}${cells.join("")}${pad(remark, 12)}${pad(growth, 8)}${cards}`);
}
const accepted = cases
  .filter(([name]) => !only || name.includes(only))
  .map(([name, make]) => {
    const text = largestAccepted(make);
    const ms = Math.min(cpu(() => parseNotes(text, { file: "bench.md" })).ms, cpu(() => parseNotes(text, { file: "bench.md" })).ms);
    return { name, bytes: text.length, units: readingCost(text).units, ms };
  })
  .sort((a, b) => b.ms - a.ms);
console.log(`\nat the most the limits accept (least CPU ms of two runs), costliest first`);
console.log(`${pad("input", 36)}${pad("bytes", 10)}${pad("units", 8)}CPU ms`);
for (const row of accepted) console.log(`${pad(row.name, 36)}${pad(String(row.bytes), 10)}${pad(String(row.units), 8)}${row.ms.toFixed(0)}`);
const bomb = cpu(() => parseNotes(aliasBomb(), { file: "bomb.md" }));
const bombResult = bomb.value instanceof Error ? `threw ${bomb.value.message.slice(0, 60)}` : bomb.value.issues.map((issue) => issue.message).join("; ").slice(0, 100);
console.log(`front-matter alias bomb: ${bomb.ms.toFixed(0)} ms, ${bombResult}`);
