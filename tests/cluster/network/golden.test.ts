/** Golden traces: reviewed expectations for representative requests, kept in golden/traces.yaml. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { simulateRequest, type RequestSource } from "@/lib/cluster/network";
import { loadFixture } from "./fixtures";

interface GoldenCase {
  name: string;
  fixtures: string[];
  from: RequestSource;
  url: string;
  now: string;
  seed?: string;
  expected: unknown;
}

const cases = parse(readFileSync(new URL("./golden/traces.yaml", import.meta.url), "utf8")) as GoldenCase[];

describe("golden traces", () => {
  it("has the reviewed cases", () => {
    expect(cases.map((c) => c.name)).toEqual([
      "shop-api-through-ingress",
      "selector-mismatch",
      "rollout-hits-starting-pod",
      "cross-namespace",
      "policy-denies",
      "node-port",
      "cluster-ip-from-outside",
    ]);
  });

  it.each(cases.map((c) => [c.name, c] as const))("%s", (_name, c) => {
    const objects = c.fixtures.flatMap((f) => loadFixture(f));
    const result = simulateRequest(objects, { from: c.from, url: c.url }, c.now, c.seed);
    const { candidates: _candidates, ...rest } = result;
    expect(rest).toEqual(c.expected);
  });
});
