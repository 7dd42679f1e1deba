/**
 * Every transcript in tests/kubectl/golden replays byte for byte: kubectl's column widths, AGE,
 * `<none>`, ordering, YAML and JSON layout and error texts. UPDATE_GOLDEN=1 rewrites them (review the diff).
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { loadExplainDocs } from "@/lib/kubectl";
import { commandsOf, replay } from "./transcript";

const DIR = join(__dirname, "golden");

describe("kubectl golden transcripts", () => {
  beforeAll(async () => { await loadExplainDocs(); });
  for (const file of readdirSync(DIR).filter((f) => f.endsWith(".txt")).sort()) {
    it(file, () => {
      const expected = readFileSync(join(DIR, file), "utf8");
      const actual = replay(commandsOf(expected));
      if (process.env.UPDATE_GOLDEN === "1") writeFileSync(join(DIR, file), actual);
      else expect(actual).toBe(expected);
    });
  }
});
