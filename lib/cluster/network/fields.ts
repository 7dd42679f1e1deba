/** Reading loose Kubernetes objects safely: typed accessors for fields that may be anything. */
import type { KubeObject } from "../object";

export type Labels = Readonly<Record<string, string>>;

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
export function asString(value: unknown): string | undefined {
  return typeof value === "string" ? value : undefined;
}
export function asNumber(value: unknown): number | undefined {
  return typeof value === "number" && Number.isFinite(value) ? value : undefined;
}
export function asArray(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? value : [];
}
export function asRecord(value: unknown): Record<string, unknown> {
  return isRecord(value) ? value : {};
}
export function asLabels(value: unknown): Labels {
  const out: Record<string, string> = {};
  for (const [key, v] of Object.entries(asRecord(value))) if (typeof v === "string") out[key] = v;
  return out;
}
/** A port field that may be a number or a name (IntOrString). */
export function asPortRef(value: unknown): number | string | undefined {
  if (typeof value === "number" && Number.isInteger(value)) return value;
  if (typeof value === "string" && value !== "") return /^\d+$/.test(value) ? Number(value) : value;
  return undefined;
}

export const namespaceOf = (o: KubeObject): string => o.metadata.namespace ?? "default";
export const nameOf = (o: KubeObject): string => o.metadata.name ?? "";
export const keyOf = (o: KubeObject): string => `${namespaceOf(o)}/${nameOf(o)}`;

export const ofKind = (objects: readonly KubeObject[], kind: string): KubeObject[] =>
  objects.filter((o) => o.kind === kind);
