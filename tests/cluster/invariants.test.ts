/**
 * Invariants over every golden input: a second reconcile of a settled cluster (every controller,
 * every key) writes nothing; the same input and seed give byte-identical clusters and events; a
 * different seed changes generated names but not the shape; objects handed out are frozen.
 */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createCluster } from "@/lib/cluster/cluster";

const ROOT = join(import.meta.dirname, "golden");
const inputs = readdirSync(ROOT).filter((d) => existsSync(join(ROOT, d, "input.yaml"))).sort();

function build(dir: string, seed = 1) {
  const c = createCluster({ seed });
  c.apply([{ file: "input.yaml", text: readFileSync(join(ROOT, dir, "input.yaml"), "utf8") }]);
  c.settle();
  return c;
}

describe("invariants", () => {
  for (const dir of inputs) {
    it(`${dir}: a second reconcile of the settled cluster changes nothing`, () => {
      const c = build(dir);
      const before = JSON.stringify(c.objects());
      const rv = c.resourceVersion;
      c.resync();
      expect(c.resourceVersion).toBe(rv);
      expect(JSON.stringify(c.objects())).toBe(before);
    });

    it(`${dir}: applying the same manifests again changes nothing`, () => {
      const text = readFileSync(join(ROOT, dir, "input.yaml"), "utf8");
      const c = createCluster();
      const first = c.apply([{ file: "input.yaml", text }]).errors;
      c.settle();
      const rv = c.resourceVersion;
      const again = c.apply([{ file: "input.yaml", text }]).errors;
      c.settle();
      expect(again.map((e) => e.object)).toEqual(first.map((e) => e.object));
      expect(c.resourceVersion).toBe(rv);
    });

    it(`${dir}: same input and seed give the same output`, () => {
      const a = build(dir);
      const b = build(dir);
      expect(JSON.stringify(b.objects())).toBe(JSON.stringify(a.objects()));
      expect(JSON.stringify(b.events())).toBe(JSON.stringify(a.events()));
    });
  }

  it("another seed gives other generated names and uids, same counts", () => {
    const a = build("deployment-rollout", 1);
    const b = build("deployment-rollout", 2);
    const names = (c: typeof a) => c.list("Pod").map((p) => p.metadata.name);
    expect(names(a)).not.toEqual(names(b));
    expect(names(a)).toHaveLength(names(b).length);
  });

  it("never hands out mutable objects", () => {
    const c = build("service-endpoints");
    const svc = c.get("Service", "default", "web");
    expect(svc && Object.isFrozen(svc) && Object.isFrozen(svc.metadata)).toBe(true);
    expect(() => {
      if (svc) (svc.metadata as { name?: string }).name = "changed";
    }).toThrow(TypeError);
  });

  it("settle is bounded and says why when a cap is hit", () => {
    const text = readFileSync(join(ROOT, "deployment-rollout", "input.yaml"), "utf8");
    const a = createCluster();
    a.apply([{ file: "x", text }]);
    const t = a.settle({ maxVirtualSeconds: 0.5 });
    expect(t.stable).toBe(false);
    expect(t.reason).toMatch(/after 0.5 virtual seconds/);
    const b = createCluster();
    b.apply([{ file: "x", text }]);
    const r = b.settle({ maxSteps: 1 });
    expect(r.stable).toBe(false);
    expect(r.reason).toMatch(/after 1 reconcile rounds/);
    expect(b.settle().stable).toBe(true);
  });

  it("treats a crash loop as stable (periodic back-off is not work)", () => {
    const c = createCluster();
    c.apply([{ file: "x", text: "apiVersion: v1\nkind: Pod\nmetadata: {name: api}\nspec: {containers: [{name: api, image: 'kubedeck/api:1.0'}]}\n" }]);
    const r = c.settle();
    expect(r.stable).toBe(true);
    expect(r.virtualSeconds).toBeLessThan(60);
  });
});
