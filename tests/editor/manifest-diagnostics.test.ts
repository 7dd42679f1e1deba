import { describe, expect, it } from "vitest";
import { diagnoseManifests } from "@/lib/editor/manifest-diagnostics";

const deployment = (extra: string) => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
${extra}  selector:
    matchLabels: { app: web }
  template:
    metadata:
      labels: { app: web }
    spec:
      containers:
        - name: web
          image: kubedeck/web:1.0
`;

describe("diagnoseManifests", () => {
  it("finds nothing wrong in a valid Deployment", () => {
    expect(diagnoseManifests(deployment("  replicas: 3\n"))).toEqual([]);
  });

  it("places an unknown field on its line and suggests the real one", () => {
    const [finding, ...rest] = diagnoseManifests(deployment("  replica: 3\n"));
    expect(rest).toEqual([]);
    expect(finding?.line).toBe(6);
    expect(finding?.message).toMatch(/replica/);
    expect(finding?.message).toMatch(/replicas/);
  });

  it("reports YAML syntax errors with their position", () => {
    const [finding] = diagnoseManifests("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\ndata:\n  a: b\n   c: d\n");
    expect(finding?.line).toBeGreaterThanOrEqual(6);
    expect(finding?.message.length).toBeGreaterThan(10);
  });

  it("accepts an object in a namespace created in the same text, and refuses one that does not exist", () => {
    const configMap = (ns: string) => `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\n  namespace: ${ns}\ndata:\n  a: b\n`;
    expect(diagnoseManifests(`apiVersion: v1\nkind: Namespace\nmetadata:\n  name: team-a\n---\n${configMap("team-a")}`)).toEqual([]);
    const [missing] = diagnoseManifests(configMap("team-b"));
    expect(missing?.message).toMatch(/namespaces "team-b" not found/);
  });

  it("underlines a key written twice as a warning at its second line (kubectl keeps that value)", () => {
    const text = "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\ndata:\n  a: one\n  a: two\n";
    expect(diagnoseManifests(text)).toEqual([{ line: 6, column: 3, severity: "warning", message: expect.stringContaining('ConfigMap/c: data.a: mapping key "a" is written twice (lines 5 and 6)') as string }]);
  });

  it("says nothing about an empty editor", () => {
    expect(diagnoseManifests("  \n")).toEqual([]);
  });
});

describe("diagnostic wording", () => {
  it("names the object once and the field path once", () => {
    const [finding] = diagnoseManifests(deployment("  replica: 3\n"));
    expect(finding?.message.startsWith("Deployment/web: ")).toBe(true);
    expect((finding?.message ?? "").split("spec.replica").length - 1).toBeLessThanOrEqual(2);
    expect(finding?.message).not.toMatch(/^Deployment\/web spec\.replica: /);
  });
});
