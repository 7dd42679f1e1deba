/** The diagnosis rules as data: one rule per file under rules/, named by its stable id, ids unique. */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ALL_RULES } from "@/lib/cluster/diagnose/rules/all";

describe("diagnosis rules", () => {
  it("has one file per rule, named by the rule's id", () => {
    const files = readdirSync(join(import.meta.dirname, "../../../lib/cluster/diagnose/rules")).filter((f) => f !== "all.ts").map((f) => f.replace(/\.ts$/, "")).sort();
    expect(ALL_RULES.map((r) => r.meta.id).sort()).toEqual(files);
  });

  it("gives every rule a unique kebab-case id, a title and a severity", () => {
    const ids = ALL_RULES.map((r) => r.meta.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const { meta } of ALL_RULES) {
      expect(meta.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(meta.title.length).toBeGreaterThan(10);
      expect(["error", "warning", "info"]).toContain(meta.severity);
    }
  });
});
