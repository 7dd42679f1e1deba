/** The few checks that decide whether a parsed document can be read as an object at all (kubectl refuses before sending). */
import type { KubeObject } from "../../object";

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export function describe(value: unknown): string {
  if (Array.isArray(value)) return "a list";
  if (value === null) return "empty";
  return `a ${typeof value} (${JSON.stringify(value).slice(0, 40)})`;
}

export function objectLabel(value: Record<string, unknown>): string {
  const kind = typeof value.kind === "string" ? value.kind : "";
  const metadata = isRecord(value.metadata) ? value.metadata : {};
  const name = typeof metadata.name === "string" ? metadata.name : "";
  return kind !== "" && name !== "" ? `${kind}/${name}` : "";
}

/** A mapping whose apiVersion and kind are strings and whose metadata is an object. */
function hasMetadataObject(value: Record<string, unknown>): value is KubeObject {
  return typeof value.apiVersion === "string" && typeof value.kind === "string" && isRecord(value.metadata);
}

export function toKubeObject(value: Record<string, unknown>): { object: KubeObject } | { problems: { path: string; message: string }[] } {
  const problems: { path: string; message: string }[] = [];
  const { apiVersion, kind, metadata } = value;
  if (typeof apiVersion !== "string" || apiVersion === "") {
    problems.push({ path: "apiVersion", message: 'apiVersion not set: every object needs an apiVersion, e.g. "apiVersion: apps/v1" for a Deployment or "apiVersion: v1" for a Pod or Service.' });
  }
  if (typeof kind !== "string" || kind === "") {
    problems.push({ path: "kind", message: 'kind not set: every object needs a kind, e.g. "kind: Deployment".' });
  }
  if (metadata !== undefined && metadata !== null && !isRecord(metadata)) {
    problems.push({ path: "metadata", message: `metadata: Invalid value: must be an object with fields such as name and labels, found ${describe(metadata)}.` });
  }
  if (problems.length > 0 || typeof apiVersion !== "string" || typeof kind !== "string") return { problems };
  // The usual case needs no copy: the parsed mapping already is the object.
  if (hasMetadataObject(value)) return { object: value };
  return { object: { ...value, apiVersion, kind, metadata: {} } };
}
