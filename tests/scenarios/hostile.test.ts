/**
 * Issue 12: no scenario Markdown within the authoring limit (100 KB) and no answer within the attempt
 * limits may make reading it explode. Growth is checked by comparing an input with one eight times
 * its size (linear work grows about 8×, quadratic 64×), the least CPU time of three runs each so a
 * busy machine does not decide; whole inputs at the limit against a generous ceiling.
 */
import { describe, expect, it } from "vitest";
import { checkManifests, readManifests } from "@/lib/cluster/admission";
import { createCluster } from "@/lib/cluster";
import { createShell } from "@/lib/kubectl";
import { parseScenario } from "@/lib/scenarios";
import { splitInputs } from "@/lib/scenarios/commands/split-inputs";
import { fenceAttributes, readChecksBlock } from "@/lib/scenarios/parse-blocks";
import { sectionProse } from "@/lib/scenarios/section-prose";
import { MAX_ANSWER_BYTES, MAX_ANSWER_FILES, MAX_ANSWER_TOTAL_BYTES } from "@/lib/validations/scenario";
import { HOSTILE_MANIFESTS, HOSTILE_SCENARIOS, repeatTo } from "./hostile-inputs";

function leastCpuMs(run: () => unknown, runs = 3): number {
  let least = Infinity;
  for (let index = 0; index < runs; index++) {
    const start = process.cpuUsage();
    run();
    const used = process.cpuUsage(start);
    least = Math.min(least, (used.user + used.system) / 1000);
  }
  return least;
}

/** CPU of `read(make(bytes))` and `read(make(8 × bytes))`: within 24× (linear about 8×, quadratic 64×). */
function expectLinear(make: (bytes: number) => string, read: (text: string) => unknown, bytes = 4_000): void {
  read(make(bytes));
  const small = leastCpuMs(() => read(make(bytes)));
  const large = leastCpuMs(() => read(make(8 * bytes)));
  expect(large, `${small.toFixed(1)} ms → ${large.toFixed(1)} ms`).toBeLessThan(Math.max(small, 5) * 24);
}

const noReport = (): void => undefined;

describe("scenario Markdown is read in linear time", () => {
  // Before (CPU of parseScenario at 100 KB): unclosed fences 2.7 s, a long info string 10.8 s, an
  // open quote over many sh lines 24.8 s, a check of many keys 1.6 s.
  it("prose with many unclosed fences", () => expectLinear((bytes) => `${"`".repeat(30)}a\n`.repeat(bytes / 32), sectionProse));
  it("a 100 KB scenario of unclosed fences costs about what the same code block without them costs", () => {
    // The first fence opens a code block to the end either way; only the old prose pattern cared
    // that every later line was a fence too (4.9 s of CPU against 0.1 s).
    const hostile = HOSTILE_SCENARIOS["unclosed fences in prose"]?.(100_000) ?? "";
    const plain = hostile.replace(/^`{30}a$/gm, (line, offset: number) => (hostile.indexOf(line) === offset ? line : `${"x".repeat(30)}a`));
    const [fences, lines] = [hostile, plain].map((text) => leastCpuMs(() => parseScenario(text, "fences.md")));
    expect(fences, `${fences?.toFixed(0)} ms against ${lines?.toFixed(0)} ms`).toBeLessThan((lines ?? 0) * 3 + 100);
  });
  it("a long fence info string", () => expectLinear((bytes) => `file=a ${"a".repeat(bytes)}`, fenceAttributes));
  it("an sh block with a quote open over many lines", () => expectLinear((bytes) => `echo "\n${"a\n".repeat(bytes / 2)}`, splitInputs));
  it("a checks block with a check of many keys", () =>
    expectLinear((bytes) => `- id: wide\n  title: Wide\n  type: count\n${repeatTo(bytes, (index) => `  k${index}: v\n`)}`, (text) => readChecksBlock(text, 1, noReport), 12_500));

  it.each(Object.keys(HOSTILE_SCENARIOS))("parses 100 KB of %s in under 6 s of CPU", (name) => {
    const text = HOSTILE_SCENARIOS[name]?.(100_000) ?? "";
    expect(leastCpuMs(() => parseScenario(text, "hostile.md"), 1)).toBeLessThan(6_000);
  });
});

describe("the shell reads a command open over many lines in linear time", () => {
  const shell = createShell(createCluster({ workers: 1 }));
  // Before: a 20,000-character `echo "` over 10,000 lines was scanned once per line it grew by.
  it("isComplete", () => expectLinear((bytes) => `echo "\n${"a\n".repeat(bytes / 2)}"`, (text) => shell.isComplete(text)));
  it("run", () => expectLinear((bytes) => `echo "\n${"a\n".repeat(bytes / 2)}" > /dev/null`, (text) => shell.run(text)));
});

describe("answer manifests are read in linear time", () => {
  // Before: 200 KB of `{{a` after an object took 29 s of CPU, a run of braces 71 s.
  it("template placeholders that never close", () => expectLinear((bytes) => `a: 1\n---\n${"{{a".repeat(bytes / 3)}`, (text) => readManifests([{ file: "a.yaml", text }]), 12_500));

  // Before: 48 KB of unknown fields in one mapping took 1.1 s to admit (each field's hint looked
  // through every field, and each error's line was found by a scan of the mapping), 96 KB 15 s.
  it.each([
    ["fast path", "web"],
    ["precise path (an anchor)", "&name web"],
  ])("unknown fields by the thousand, %s", (_, name) =>
    expectLinear(
      (bytes) => `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: ${name}\nspec:\n${repeatTo(bytes, (index) => `  unknownField${index}: 1\n`)}  selector: {matchLabels: {app: web}}\n  template:\n    metadata: {labels: {app: web}}\n    spec: {containers: [{name: c, image: nginx}]}\n`,
      (text) => checkManifests([{ file: "a.yaml", text }]),
      12_500,
    ),
  );

  it.each(Object.keys(HOSTILE_MANIFESTS))(`reads ${MAX_ANSWER_BYTES / 1000} KB of %s in under 3 s of CPU`, (name) => {
    const text = HOSTILE_MANIFESTS[name]?.(MAX_ANSWER_BYTES) ?? "";
    expect(leastCpuMs(() => readManifests([{ file: "a.yaml", text }]), 1)).toBeLessThan(3_000);
  });

  it(`reads the largest answer accepted (${MAX_ANSWER_FILES} files, ${MAX_ANSWER_TOTAL_BYTES / 1000} KB) of the slowest kinds in under 3 s of CPU`, () => {
    const kinds = ["broken documents", "many duplicate keys", "multi-line plain scalar", "deep flow nesting", "template braces after objects"];
    const files = Array.from({ length: MAX_ANSWER_FILES }, (_, index) => ({
      file: `f${index}.yaml`,
      text: HOSTILE_MANIFESTS[kinds[index % kinds.length] ?? ""]?.(MAX_ANSWER_TOTAL_BYTES / MAX_ANSWER_FILES) ?? "",
    }));
    expect(leastCpuMs(() => readManifests(files), 1)).toBeLessThan(3_000);
  });
});
