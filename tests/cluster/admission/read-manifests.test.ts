/** Reading manifests as kubectl does: YAML 1.1, JSON, List flattening, limits, positions. */
import { describe, expect, it } from "vitest";
import { readManifests } from "@/lib/cluster/admission";

const CM = (name: string) => `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${name}\n`;

describe("readManifests", () => {
  it("reads several documents and skips empty ones like kubectl", () => {
    const { documents, errors } = readManifests([{ file: "a.yaml", text: `---\n${CM("one")}---\n---\n# only a comment\n---\n${CM("two")}` }]);
    expect(errors).toEqual([]);
    expect(documents.map((d) => d.object.metadata.name)).toEqual(["one", "two"]);
    expect(documents.map((d) => d.line)).toEqual([2, 10]);
  });

  it("reads YAML 1.1 scalars as kubectl does: yes is true, 0755 is octal", () => {
    const { documents } = readManifests([{ file: "a.yaml", text: `${CM("x")}data:\n  flag: yes\n  mode: 0755\n  off: text\n` }]);
    expect(documents[0]?.object.data).toEqual({ flag: true, mode: 493, false: "text" });
  });

  it("reads JSON and flattens List kinds into their items with their own positions", () => {
    const text = '{"apiVersion": "v1", "kind": "List", "items": [\n  {"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "a"}},\n  {"apiVersion": "v1", "kind": "Secret", "metadata": {"name": "b"}}\n]}';
    const { documents, errors } = readManifests([{ file: "l.json", text }]);
    expect(errors).toEqual([]);
    expect(documents.map((d) => `${d.object.kind}/${d.object.metadata.name}`)).toEqual(["ConfigMap/a", "Secret/b"]);
    expect(documents.map((d) => d.line)).toEqual([2, 3]);
    expect(documents[1]?.positionOf("metadata.name")).toEqual({ line: 3, column: 55 });
  });

  it("locates nested fields, list items and map keys", () => {
    const text = "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n  labels:\n    app.kubernetes.io/name: web\nspec:\n  template:\n    spec:\n      containers:\n      - name: a\n      - name: b\n        image: nginx\n";
    const [doc] = readManifests([{ file: "d.yaml", text }]).documents;
    expect(doc?.positionOf("spec.template.spec.containers[1].image")).toEqual({ line: 13, column: 9 });
    expect(doc?.positionOf("spec.template.spec.containers[1]")).toEqual({ line: 12, column: 9 });
    expect(doc?.positionOf("metadata.labels[app.kubernetes.io/name]")).toEqual({ line: 6, column: 5 });
    expect(doc?.positionOf("spec.replicas")).toBeUndefined();
  });

  it("reports a missing apiVersion or kind as kubectl does, at the object", () => {
    const { documents, errors } = readManifests([{ file: "m.yaml", text: "metadata:\n  name: x\n" }]);
    expect(documents).toEqual([]);
    expect(errors.map((e) => [e.path, e.line, e.message.split(":")[0]])).toEqual([
      ["apiVersion", 1, "apiVersion not set"],
      ["kind", 1, "kind not set"],
    ]);
  });

  it("refuses a document that is not a mapping", () => {
    const { errors } = readManifests([{ file: "s.yaml", text: "- a\n- b\n" }]);
    expect(errors[0]?.message).toContain("expected a Kubernetes object");
    expect(errors[0]?.message).toContain("a list");
  });

  it("refuses an alias bomb with a clear error", () => {
    const text = "a: &a [x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: [*d,*d,*d,*d,*d,*d,*d,*d,*d]\n";
    const { documents, errors } = readManifests([{ file: "bomb.yaml", text }]);
    expect(documents).toEqual([]);
    expect(errors).toHaveLength(1);
    expect(errors[0]?.message).toMatch(/^too many aliases: .*alias bomb/);
  });

  it("refuses an oversize source without parsing it", () => {
    const text = `${CM("big")}data:\n  blob: "${"x".repeat(2000)}"\n`;
    const { documents, errors } = readManifests([{ file: "big.yaml", text }], { maxBytesPerSource: 1000 });
    expect(documents).toEqual([]);
    expect(errors[0]?.message).toMatch(/^file too large: \d+ bytes, the limit is 1000 bytes/);
  });

  it("counts bytes, not characters, against the size limit", () => {
    const text = `${CM("utf")}data:\n  s: "${"é".repeat(300)}"\n`; // 2 bytes each
    expect(readManifests([{ file: "u.yaml", text }], { maxBytesPerSource: 400 }).errors[0]?.message).toMatch(/^file too large/);
  });

  it("stops at the document limit and says so once", () => {
    const text = [1, 2, 3, 4].map((i) => CM(`c${i}`)).join("---\n");
    const { documents, errors } = readManifests([{ file: "many.yaml", text }, { file: "more.yaml", text: CM("c5") }], { maxDocuments: 2 });
    expect(documents).toHaveLength(2);
    expect(errors).toHaveLength(1);
    expect(errors[0]?.message).toBe("too many documents: the limit is 2 objects per apply. Apply the rest separately.");
  });

  it("explains YAML mistakes in plain words with their line", () => {
    const cases: [string, number, RegExp][] = [
      ["metadata:\n\tname: x\n", 2, /tab character used for indentation/],
      ["metadata:\n  name: x\n   labels: {}\n", 3, /Line 3 is indented deeper than the line above/],
      ["metadata:\n  name: a: b\n", 2, /contains ": " .* put the value in quotes/],
      ['metadata:\n  name: "x\n', 3, /Missing closing "quote/],
    ];
    for (const [text, line, message] of cases) {
      const { errors } = readManifests([{ file: "e.yaml", text }]);
      expect(errors[0]?.line, text).toBe(line);
      expect(errors[0]?.message, text).toMatch(message);
      expect(errors[0]?.message).toMatch(/^YAML syntax error: /);
    }
  });

  it("stops at a broken document as kubectl does: its first error only, the documents before it read, none after", () => {
    const text = `${CM("before")}---\napiVersion: v1\nkind: Pod\nmetadata:\n  name: tabbed\nspec:\n  containers:\n\t- name: web\n\t  image: nginx\n---\n${CM("after")}`;
    const { documents, errors } = readManifests([{ file: "mixed.yaml", text }]);
    expect(errors.map((e) => `${e.line}:${e.column}`)).toEqual(["12:1"]);
    expect(errors[0]?.message).toMatch(/^YAML syntax error: found a tab character .* Documents after this one were not applied\.$/);
    expect(documents.map((d) => d.object.metadata.name)).toEqual(["before"]);
  });

  it("keeps the last value of a key written twice and warns where the first one was ignored", () => {
    const text = "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web}\nspec:\n  replicas: 2\n  selector: {matchLabels: {app: web}}\n  replicas: 3\n";
    const { documents, errors, warnings } = readManifests([{ file: "dup.yaml", text }]);
    expect(errors).toEqual([]);
    expect(documents[0]?.object.spec).toMatchObject({ replicas: 3 });
    expect(warnings).toEqual([{
      file: "dup.yaml", line: 7, column: 3, object: "Deployment/web", path: "spec.replicas",
      message: 'mapping key "replicas" is written twice (lines 5 and 7): kubectl keeps the last value and ignores the first one at line 5. Keep the one you mean and delete the other.',
    }]);
  });

  it("reads Windows line endings, a byte-order mark and tab-indented JSON", () => {
    const base = `${CM("x")}data:\n  a: b\n  c: d\n`;
    for (const text of [base.replace(/\n/g, "\r\n"), `\uFEFF${base}`]) {
      const [doc] = readManifests([{ file: "w.yaml", text }]).documents;
      expect(doc?.object.data).toEqual({ a: "b", c: "d" });
      expect(doc?.positionOf("data.c")).toEqual({ line: 7, column: 3 });
    }
    const json = '{\n\t"apiVersion": "v1",\n\t"kind": "ConfigMap",\n\t"metadata": {"name": "t"}\n}\n';
    expect(readManifests([{ file: "t.json", text: json }]).documents[0]?.object.metadata.name).toBe("t");
  });

  it("gives the items of a typed list the list's type when they leave it out", () => {
    const text = "apiVersion: v1\nkind: ConfigMapList\nitems:\n- metadata: {name: a}\n- apiVersion: v1\n  kind: Secret\n  metadata: {name: b}\n";
    const { documents, errors } = readManifests([{ file: "l.yaml", text }]);
    expect(errors).toEqual([]);
    expect(documents.map((d) => `${d.object.apiVersion} ${d.object.kind}/${d.object.metadata.name}`)).toEqual(["v1 ConfigMap/a", "v1 Secret/b"]);
    expect(readManifests([{ file: "l.yaml", text: "apiVersion: v1\nkind: List\nitems:\n- metadata: {name: a}\n" }]).errors.map((e) => e.path)).toEqual(["apiVersion", "kind"]);
  });

  it("says that a Helm template must be rendered first, at its first placeholder, and reads nothing from there on", () => {
    const helm = `${CM("before")}---\napiVersion: v1\nkind: Pod\nmetadata:\n  name: {{ .Values.name }}\nspec:\n  containers: [{name: web, image: "{{ .Values.image }}"}]\n---\n${CM("after")}`;
    const { documents, errors } = readManifests([{ file: "t.yaml", text: helm }]);
    expect(documents.map((d) => d.object.metadata.name)).toEqual(["before"]);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ line: 9, column: 9 });
    expect(errors[0]?.message).toMatch(/^"\{\{ \.Values\.name \}\}" is a template placeholder: .* Render it first \(e\.g\. helm template/);
    expect(errors[0]?.message).not.toContain("[object Object]");
  });
});
