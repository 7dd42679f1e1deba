/** Hashes as the controllers use them: FNV-1a over a canonical JSON, encoded like pod-template-hash. */
import { SAFE_ALPHABET } from "./rand";

/** JSON with object keys sorted, so equal values always hash alike. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value) ?? "null";
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  const entries = Object.entries(value)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
}

export function fnv1a32(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

/** `rand.SafeEncodeString(fmt.Sprint(hash))`: each decimal digit mapped into the safe alphabet. */
export function safeEncode(text: string): string {
  let out = "";
  for (let i = 0; i < text.length; i += 1) out += SAFE_ALPHABET[text.charCodeAt(i) % SAFE_ALPHABET.length];
  return out;
}

const templateJson = new WeakMap<object, string>();

/** The `pod-template-hash` label value of a pod template (with the Deployment's collision count). */
export function podTemplateHash(template: unknown, collisionCount = 0): string {
  const suffix = collisionCount > 0 ? `#${collisionCount}` : "";
  let json = typeof template === "object" && template !== null ? templateJson.get(template) : undefined;
  if (json === undefined) {
    json = canonicalJson(template);
    if (typeof template === "object" && template !== null && Object.isFrozen(template)) templateJson.set(template, json);
  }
  return safeEncode(String(fnv1a32(json + suffix)));
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** Structural equality that treats absent and `undefined` fields alike; shared subtrees short-circuit. */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i += 1) if (!deepEqual(a[i], b[i])) return false;
    return true;
  }
  if (!isRecord(a) || !isRecord(b)) return false;
  let count = 0;
  for (const k in a) {
    const v = a[k];
    if (v === undefined) continue;
    count += 1;
    if (!deepEqual(v, b[k])) return false;
  }
  for (const k in b) if (b[k] !== undefined) count -= 1;
  return count === 0;
}
