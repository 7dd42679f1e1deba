/** checkManifests: a whole apply validated without a cluster, in order. */
import { describe, expect, it } from "vitest";
import { checkManifests } from "@/lib/cluster/admission";

const NS = "apiVersion: v1\nkind: Namespace\nmetadata: {name: team-a}\n";
const CM = "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: cfg, namespace: team-a}\ndata: {a: b}\n";

describe("checkManifests", () => {
  it("counts a Namespace created earlier in the same apply, not one created later", () => {
    expect(checkManifests([{ file: "a.yaml", text: `${NS}---\n${CM}` }]).errors).toEqual([]);
    const late = checkManifests([{ file: "cm.yaml", text: CM }, { file: "ns.yaml", text: NS }]);
    expect(late.errors.map((e) => [e.file, e.message.split(".")[0]])).toEqual([["cm.yaml", 'namespaces "team-a" not found']]);
    expect(late.objects.map((o) => o.kind)).toEqual(["Namespace"]);
  });

  it("applies update rules against an earlier document with the same name", () => {
    const immutable = (value: string) => `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: cfg}\nimmutable: true\ndata: {a: "${value}"}\n`;
    const { errors } = checkManifests([{ file: "a.yaml", text: `${immutable("1")}---\n${immutable("2")}` }]);
    expect(errors.map((e) => [e.line, e.path])).toEqual([[11, "data"]]);
  });

  it("reports read and admission errors together, in file order", () => {
    const { errors } = checkManifests([{ file: "bad.yaml", text: "a: [1\n" }, { file: "pod.yaml", text: "apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec: {containers: [{name: c}]}\n" }]);
    expect(errors.map((e) => e.file)).toEqual(["bad.yaml", "pod.yaml"]);
  });
});
