/**
 * Recall and precision on the five real learners' notes, against fronts a careful human would
 * write (expected-seed-cards.json). Both must stay at or above 0.9.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { normalizeFront } from "@/lib/notes";
import { parseInput, seedInputs } from "./golden-helpers";

const expected = JSON.parse(readFileSync(new URL("./expected-seed-cards.json", import.meta.url), "utf8")) as Record<string, string[] | string>;

function measure(): { recall: number; precision: number; missed: string[]; extra: string[] } {
  let expectedTotal = 0;
  let found = 0;
  let producedTotal = 0;
  let wanted = 0;
  const missed: string[] = [];
  const extra: string[] = [];
  for (const input of seedInputs()) {
    const file = input.name.replace(/^seeds\//, "");
    const fronts = expected[file];
    if (!Array.isArray(fronts)) throw new Error(`no expected fronts for ${file}`);
    const want = fronts.map(normalizeFront);
    const got = parseInput(input).cards.map((card) => normalizeFront(card.front));
    expectedTotal += want.length;
    producedTotal += got.length;
    const remaining = [...got];
    for (const front of want) {
      const at = remaining.indexOf(front);
      if (at >= 0) {
        found++;
        remaining.splice(at, 1);
      } else missed.push(`${file}: ${front}`);
    }
    wanted += got.length - remaining.length;
    extra.push(...remaining.map((front) => `${file}: ${front}`));
  }
  return { recall: found / expectedTotal, precision: wanted / producedTotal, missed, extra };
}

describe("seed notes: recall and precision", () => {
  it("finds at least 90% of the expected cards and makes at most 10% unexpected ones", () => {
    const { recall, precision, missed, extra } = measure();
    console.info(`seed recall ${recall.toFixed(3)}, precision ${precision.toFixed(3)}; missed: ${missed.join(" | ")}; extra: ${extra.join(" | ")}`);
    expect(recall).toBeGreaterThanOrEqual(0.9);
    expect(precision).toBeGreaterThanOrEqual(0.9);
  });
});
