/**
 * Admission never throws: corpus objects with fields replaced by values of the wrong type (seeded,
 * so failures reproduce) are either admitted or rejected with located errors.
 */
import { describe, expect, it } from "vitest";
import { admit, type ParsedDocument } from "@/lib/cluster/admission";
import { readManifests } from "@/lib/cluster/admission";
import type { KubeObject } from "@/lib/cluster/object";
import { ANY_NAMESPACE } from "./helpers/context";
import { corpusAvailable, loadCorpus } from "./helpers/corpus";

/** mulberry32: a small seeded generator, so a failing case can be replayed. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const REPLACEMENTS: unknown[] = [null, "", "x", -1, 0, 1.5, 70000, true, [], {}, [1, "a"], { a: { b: [] } }, "500m", "-1"];

function mutate(value: unknown, next: () => number, depth = 0): unknown {
  if (Array.isArray(value)) return value.map((v) => mutate(v, next, depth + 1));
  if (value === null || typeof value !== "object") return next() < 0.15 ? REPLACEMENTS[Math.floor(next() * REPLACEMENTS.length)] : value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    if (depth > 0 && next() < 0.05) continue; // drop a field now and then
    out[k] = depth > 0 && next() < 0.05 ? REPLACEMENTS[Math.floor(next() * REPLACEMENTS.length)] : mutate(v, next, depth + 1);
  }
  return out;
}

describe.runIf(corpusAvailable())("admission robustness", () => {
  it("never throws on mutated corpus objects and locates every error", () => {
    const { documents } = readManifests(loadCorpus());
    const next = random(20261121);
    let rejected = 0;
    for (let round = 0; round < 3; round++) {
      for (const doc of documents) {
        const mutated = mutate(doc.object, next);
        if (typeof mutated !== "object" || mutated === null || Array.isArray(mutated)) continue;
        const object: KubeObject = { ...mutated, apiVersion: doc.object.apiVersion, kind: doc.object.kind, metadata: doc.object.metadata };
        const variant: ParsedDocument = { file: doc.file, line: doc.line, column: doc.column, object, positionOf: (p) => doc.positionOf(p) };
        const result = admit(variant, ANY_NAMESPACE);
        if (!result.ok) {
          rejected++;
          for (const e of result.errors) {
            expect(e.line).toBeGreaterThanOrEqual(1);
            expect(e.message.length).toBeGreaterThan(10);
          }
        }
      }
    }
    expect(rejected).toBeGreaterThan(100);
  });

  it("never throws on corpus text with characters deleted, doubled or replaced (as while typing)", () => {
    const next = random(7);
    const noise = [" ", "\t", ":", "-", "\n", "{", "[", "'", '"', "&a", "*a", "!", "#", "|", ">", "%"];
    const corpus = loadCorpus().slice(0, 80);
    let errors = 0;
    for (const source of corpus) {
      for (let variant = 0; variant < 4; variant++) {
        let text = source.text;
        for (let edit = 0; edit < 3; edit++) {
          const at = Math.floor(next() * text.length);
          const kind = next();
          const piece = noise[Math.floor(next() * noise.length)] ?? " ";
          text = kind < 0.33 ? text.slice(0, at) + text.slice(at + 1) : kind < 0.66 ? text.slice(0, at) + piece + text.slice(at) : text.slice(0, at) + piece + text.slice(at + 1);
        }
        const read = readManifests([{ file: source.file, text }]);
        errors += read.errors.length;
        for (const doc of read.documents) {
          const result = admit(doc, ANY_NAMESPACE);
          if (!result.ok) errors += result.errors.length;
        }
        for (const e of read.errors) expect(e.line).toBeGreaterThanOrEqual(1);
      }
    }
    expect(errors).toBeGreaterThan(50);
  });
});
