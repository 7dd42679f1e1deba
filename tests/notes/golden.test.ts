/**
 * Golden tests: every seed in ../shared/seeds and every fixture maps to the reviewed cards in
 * golden/. Regenerate with `UPDATE_GOLDEN=1 npx vitest run tests/notes` and review the diff by eye.
 */
import { describe, expect, it } from "vitest";
import { fixtureInputs, parseInput, readGolden, seedInputs } from "./golden-helpers";

describe("notes parser goldens", () => {
  const inputs = [...seedInputs(), ...fixtureInputs()];

  it("has the five seeds and at least ten fixtures of other styles", () => {
    expect(seedInputs().length).toBe(5);
    expect(fixtureInputs().length).toBeGreaterThanOrEqual(10);
  });

  for (const input of inputs) {
    it(`parses ${input.name} as reviewed`, () => {
      const actual = parseInput(input);
      expect(JSON.parse(JSON.stringify(actual))).toEqual(readGolden(input, actual));
    });
  }

  it("never makes a card with an empty or placeholder front or back", () => {
    for (const input of inputs) {
      for (const card of parseInput(input).cards) {
        expect(card.front.replace(/[\s?.:…[\]]/g, "").length, `${input.name}:${card.source.line}`).toBeGreaterThan(1);
        expect(card.back.replace(/[\s*]/g, "").length, `${input.name}:${card.source.line}`).toBeGreaterThan(1);
      }
    }
  });
});
