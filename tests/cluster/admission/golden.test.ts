/**
 * Golden tests: golden/NAME.yaml is applied (each document admitted into a context where namespaces
 * default, kube-system and team-a exist) and the result, admitted objects and errors, must equal
 * golden/NAME.expected.yaml. Regenerate with `UPDATE_GOLDEN=1 npx vitest run tests/cluster/admission`,
 * then review every changed line by eye: a golden is a reviewed expectation, not a snapshot.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { admitText } from "./helpers/admit-text";
import { testContext } from "./helpers/context";

const DIR = fileURLToPath(new URL("./golden", import.meta.url));
const UPDATE = process.env.UPDATE_GOLDEN === "1";
const inputs = readdirSync(DIR).filter((f) => f.endsWith(".yaml") && !f.endsWith(".expected.yaml")).sort();

describe("admission goldens", () => {
  for (const input of inputs) {
    it(input, () => {
      const text = readFileSync(join(DIR, input), "utf8");
      const result = admitText(text, testContext(["default", "kube-system", "team-a"]), input);
      const actual = stringify({ errors: result.errors, ...(result.warnings.length > 0 ? { warnings: result.warnings } : {}), objects: result.objects }, { lineWidth: 0 });
      const expectedPath = join(DIR, input.replace(/\.yaml$/, ".expected.yaml"));
      if (UPDATE || !existsSync(expectedPath)) writeFileSync(expectedPath, actual);
      expect(actual).toBe(readFileSync(expectedPath, "utf8"));
    });
  }
});
