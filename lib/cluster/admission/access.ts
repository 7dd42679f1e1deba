/**
 * Typed reads of loosely-typed object fields. Admission sees objects as JSON; these narrow one
 * field at a time instead of casting whole objects to the kubernetes-models interfaces.
 */
export type JsonObject = Record<string, unknown>;

export function isObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export function obj(value: unknown): JsonObject | undefined {
  return isObject(value) ? value : undefined;
}

export function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

export function objects(value: unknown): JsonObject[] {
  return list(value).filter(isObject);
}

export function str(value: unknown): string | undefined {
  return typeof value === "string" ? value : undefined;
}

export function num(value: unknown): number | undefined {
  return typeof value === "number" && Number.isFinite(value) ? value : undefined;
}

export function stringMap(value: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (!isObject(value)) return out;
  for (const [k, v] of Object.entries(value)) if (typeof v === "string") out[k] = v;
  return out;
}

/** Reads a nested field: at(obj, "spec", "template", "spec"). */
export function at(value: unknown, ...names: string[]): unknown {
  let current = value;
  for (const name of names) {
    if (!isObject(current)) return undefined;
    current = current[name];
  }
  return current;
}

/** Sets a field when it is absent (defaulting); returns the object for chaining. */
export function setDefault(target: JsonObject, name: string, value: unknown): void {
  if (target[name] === undefined || target[name] === null) target[name] = value;
}

/** The nested object at `name`, created when absent. */
export function ensureObject(target: JsonObject, name: string): JsonObject {
  const current = target[name];
  if (isObject(current)) return current;
  const created: JsonObject = {};
  target[name] = created;
  return created;
}

/**
 * A deep copy of JSON data (what parsed manifests are), faster than structuredClone. Fields set to
 * null are left out, as Go's decoding into the API types leaves them unset (`labels:` with nothing).
 */
export function cloneJson<T>(value: T): T;
export function cloneJson(value: unknown): unknown {
  if (value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) return value.map(cloneJson);
  const out: JsonObject = {};
  for (const key of Object.keys(value)) {
    const field: unknown = Reflect.get(value, key);
    if (field !== null) out[key] = cloneJson(field);
  }
  return out;
}
