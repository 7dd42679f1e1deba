/**
 * A cache of what the read-tracking proxy learns, so most documents skip the proxy (the slowest part
 * of admission). The precompiled validators read the same fields of an object wherever it sits at the
 * same place of a valid document (the schema decides, not the data), so the proxy's record for each
 * object can be remembered per validator by place: the path of field names from the root, with `[]`
 * for list items and `*` for the keys of a map. A valid document whose every object sits at a learned
 * place gets its records from the cache; anything else (an unseen place, an object shared between two
 * places, a place where two documents disagreed) goes through the proxy, which teaches the cache.
 * Only documents without unknown fields teach it, so it holds the schema's places, not users' typos.
 */
import type { SchemaValidator } from "../registry/validators";
import type { NodeRecord, Tracker } from "./tracking-proxy";

interface Place {
  /** the record of an object here; null: the validator never looked at one; undefined: not learned */
  record: NodeRecord | null | undefined;
  /** two documents disagreed about this place: always ask the proxy */
  conflict: boolean;
  readonly children: Map<string, Place>;
}

const newPlace = (): Place => ({ record: undefined, conflict: false, children: new Map() });
const roots = new WeakMap<SchemaValidator, Place>();

const isObjectNode = (value: unknown): value is object => value !== null && typeof value === "object";

function childKey(record: NodeRecord, name: string): string {
  return record.enumerated ? "*" : name;
}

interface Lookup {
  readonly records: Map<object, NodeRecord>;
  clean: boolean;
}

function lookUp(value: object, place: Place, out: Lookup): boolean {
  if (Array.isArray(value)) {
    for (const item of value) {
      if (!isObjectNode(item)) continue;
      const child = place.children.get("[]");
      if (!child || !lookUp(item, child, out)) return false;
    }
    return true;
  }
  const record = place.record;
  if (record === undefined || place.conflict || out.records.has(value)) return false;
  if (record === null) return true;
  out.records.set(value, record);
  const fields = value as Record<string, unknown>;
  for (const name in fields) {
    if (out.clean && !record.enumerated && !record.known.has(name)) out.clean = false;
    const item = fields[name];
    if (!isObjectNode(item)) continue;
    const child = place.children.get(childKey(record, name));
    if (!child || !lookUp(item, child, out)) return false;
  }
  return true;
}

/**
 * The proxy's records for every object of `document`, from the cache; undefined when the proxy must run.
 * `clean`: every field of every schema object is one its schema reads, so there is no unknown field.
 */
export function cachedTracker(validator: SchemaValidator, document: unknown): { tracker: Tracker; clean: boolean } | undefined {
  const root = roots.get(validator);
  if (!root || !isObjectNode(document)) return undefined;
  const out: Lookup = { records: new Map(), clean: true };
  if (!lookUp(document, root, out)) return undefined;
  return { tracker: new CachedTracker(document, out.records), clean: out.clean };
}

/** The proxy's records for a document, taken from the cache. */
class CachedTracker implements Tracker {
  constructor(
    readonly root: unknown,
    private readonly records: ReadonlyMap<object, NodeRecord>,
  ) {}

  recordOf(node: object): NodeRecord | undefined {
    return this.records.get(node);
  }
}

function sameRecord(a: NodeRecord | null, b: NodeRecord | null): boolean {
  if (a === null || b === null) return a === b;
  if (a.enumerated !== b.enumerated) return false;
  if (a.enumerated) return true; // a map's keys are its data; only the flag matters
  if (a.known.size !== b.known.size) return false;
  for (const name of a.known) if (!b.known.has(name)) return false;
  return true;
}

/** Remembers what the proxy recorded for a valid document without unknown fields. */
export function learnShapes(validator: SchemaValidator, document: unknown, tracker: Tracker): void {
  if (!isObjectNode(document)) return;
  const seen = new Set<object>();
  const learned: [Place, NodeRecord | null][] = [];
  let root = roots.get(validator);
  const fresh = !root;
  root ??= newPlace();
  const walk = (value: object, place: Place): boolean => {
    if (Array.isArray(value)) {
      for (const item of value) {
        if (!isObjectNode(item)) continue;
        let child = place.children.get("[]");
        if (!child) place.children.set("[]", (child = newPlace()));
        if (!walk(item, child)) return false;
      }
      return true;
    }
    if (seen.has(value)) return false;
    seen.add(value);
    const record = tracker.recordOf(value) ?? null;
    learned.push([place, record]);
    if (record === null) return true;
    const fields = value as Record<string, unknown>;
    for (const name in fields) {
      const item = fields[name];
      if (!isObjectNode(item)) continue;
      const key = childKey(record, name);
      let child = place.children.get(key);
      if (!child) place.children.set(key, (child = newPlace()));
      if (!walk(item, child)) return false;
    }
    return true;
  };
  // An object shared between places (YAML aliases) teaches nothing: its record mixes both places.
  if (!walk(document, root)) return;
  for (const [place, record] of learned) {
    // A map's record lists the keys this document happened to have: keep only the flag, not user data.
    if (place.record === undefined) place.record = record?.enumerated ? { known: new Set(), enumerated: true } : record;
    else if (!sameRecord(place.record, record)) place.conflict = true;
  }
  if (fresh) roots.set(validator, root);
}
