/**
 * The fast reader (js-yaml) must read every input it accepts exactly as the precise reader (`yaml`)
 * does, with kubectl's YAML 1.1 scalar rules, and must decline input only the precise one handles.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parseFast } from "@/lib/cluster/admission/read/fast-parse";
import { parsePrecise } from "@/lib/cluster/admission/read/precise-parse";
import { corpusAvailable, loadCorpus } from "./helpers/corpus";

function precise(text: string): unknown[] {
  return parsePrecise(text, 100).documents.map((d) => d.value);
}

function fast(text: string): unknown[] | undefined {
  return parseFast(text)?.filter((v) => v !== null && v !== undefined);
}

const SCALARS = [
  "yes", "Yes", "YES", "no", "on", "Off", "y", "n", "true", "False", "~", "null", "Null", "",
  "0755", "08", "0b101", "0x1F", "+12", "-7", "1_000", "1e3", "1.5e-3", ".5", "1.", "-.inf", ".NaN",
  "1:30", "2001-12-14", "2001-12-14T21:59:43.10-05:00", "1.0", "0", "-0", "v1", "nginx:1.27", "500m", "1Gi", "10.0.0.1",
];

describe("fast and precise readers agree", () => {
  it.each(SCALARS)("plain scalar %j", (scalar) => {
    // null-like keys (`~: x`) are left out: absurd in a manifest, and the two libraries name them differently
    const asKey = scalar !== "" && !/^(?:~|null|Null|NULL)$/.test(scalar);
    const text = `value: ${scalar}\n${asKey ? `${scalar}: key\n` : ""}list: [${scalar === "" ? "x" : scalar}]\n`;
    expect(fast(text)).toEqual(precise(text));
  });

  it("keeps timestamps and sexagesimal numbers as strings, as kubectl does", () => {
    expect(precise("a: 2001-12-14\nb: 1:30\n")).toEqual([{ a: "2001-12-14", b: "1:30" }]);
  });

  it("declines anchors, duplicate keys and syntax errors", () => {
    expect(parseFast("a: &x {b: 1}\nc: *x\n")).toBeUndefined();
    expect(parseFast("a: 1\na: 2\n")).toBeUndefined();
    expect(parseFast("a: b: c\n")).toBeUndefined();
    expect(parseFast("a:\n\tb: 1\n")).toBeUndefined();
    expect(parseFast("a: *undefined\n")).toBeUndefined();
    expect(parseFast("a: !custom x\n")).toBeUndefined();
  });

  it("merges inline << maps the same way", () => {
    const text = "a:\n  <<: {w: 1, z: 2}\n  z: 3\n";
    expect(fast(text)).toEqual([{ a: { w: 1, z: 3 } }]);
    expect(precise(text)).toEqual(fast(text));
  });

  it("reads the golden inputs identically", () => {
    const dir = fileURLToPath(new URL("./golden", import.meta.url));
    for (const name of readdirSync(dir).filter((f) => !f.endsWith(".expected.yaml"))) {
      const text = readFileSync(join(dir, name), "utf8");
      const quick = fast(text);
      if (quick) expect(quick, name).toEqual(precise(text));
    }
  });

  it.runIf(corpusAvailable())("reads every corpus file identically, and most on the fast path", () => {
    let onFastPath = 0;
    const corpus = loadCorpus();
    for (const source of corpus) {
      const quick = fast(source.text);
      if (!quick) continue;
      onFastPath++;
      expect(quick, source.file).toEqual(precise(source.text));
    }
    expect(onFastPath).toBeGreaterThanOrEqual(corpus.length - 5);
  });
});
