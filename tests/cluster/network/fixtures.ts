/** Reads the YAML fixtures next to the network tests into plain objects, as a cluster would store them. */
import { readFileSync } from "node:fs";
import { parseAllDocuments } from "yaml";
import type { KubeObject } from "@/lib/cluster/object";

function isKubeObject(value: unknown): value is KubeObject {
  return typeof value === "object" && value !== null && "kind" in value && "metadata" in value;
}

export function loadFixture(name: string): KubeObject[] {
  const text = readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8");
  return parseAllDocuments(text, { version: "1.1" }).flatMap((doc) => {
    const value: unknown = doc.toJS();
    if (!isKubeObject(value)) throw new Error(`fixture ${name}: a document is not a Kubernetes object`);
    return [value];
  });
}

export function find(objects: readonly KubeObject[], kind: string, name: string, namespace = "default"): KubeObject {
  const found = objects.find(
    (o) => o.kind === kind && o.metadata.name === name && (kind === "Node" || (o.metadata.namespace ?? "default") === namespace),
  );
  if (!found) throw new Error(`fixture has no ${kind} ${namespace}/${name}`);
  return found;
}

/** A deep copy with one object changed, so each test starts from the reviewed fixture. */
export function withChange(
  objects: readonly KubeObject[],
  kind: string,
  name: string,
  change: (o: KubeObject) => void,
  namespace = "default",
): KubeObject[] {
  const copy = structuredClone([...objects]);
  change(find(copy, kind, name, namespace));
  return copy;
}
