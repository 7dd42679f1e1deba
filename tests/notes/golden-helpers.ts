/** Shared by the golden tests: where the seeds and fixtures live and how a golden file is written. */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parseNotes, type ParseResult } from "@/lib/notes";

export const SEEDS_DIR = fileURLToPath(new URL("../../../shared/seeds/", import.meta.url));
export const FIXTURES_DIR = fileURLToPath(new URL("./fixtures/", import.meta.url));
export const GOLDEN_DIR = fileURLToPath(new URL("./golden/", import.meta.url));

export interface GoldenInput {
  /** Name shown in sources and used for the golden file. */
  name: string;
  path: string;
}

export function seedInputs(): GoldenInput[] {
  return readdirSync(SEEDS_DIR)
    .filter((file) => file.endsWith(".txt"))
    .sort()
    .map((file) => ({ name: `seeds/${file}`, path: `${SEEDS_DIR}${file}` }));
}

export function fixtureInputs(): GoldenInput[] {
  return readdirSync(FIXTURES_DIR)
    .sort()
    .map((file) => ({ name: `fixtures/${file}`, path: `${FIXTURES_DIR}${file}` }));
}

export function parseInput(input: GoldenInput): ParseResult {
  return parseNotes(readFileSync(input.path, "utf8"), { file: input.name });
}

export function goldenPath(input: GoldenInput): string {
  return `${GOLDEN_DIR}${input.name.replace(/\//g, "__")}.json`;
}

/** Reads the reviewed golden; with UPDATE_GOLDEN=1 writes the current output first. */
export function readGolden(input: GoldenInput, actual: ParseResult): unknown {
  const path = goldenPath(input);
  if (process.env.UPDATE_GOLDEN === "1" || !existsSync(path)) {
    if (process.env.UPDATE_GOLDEN !== "1") throw new Error(`missing golden ${path}: run with UPDATE_GOLDEN=1 and review it`);
    mkdirSync(GOLDEN_DIR, { recursive: true });
    writeFileSync(path, `${JSON.stringify(actual, null, 2)}\n`);
  }
  return JSON.parse(readFileSync(path, "utf8"));
}
