/**
 * Learns the schema's field names from the validator itself. The precompiled validators read every
 * property their schema declares (`data.replicas !== undefined`) and enumerate only maps (`for…in`),
 * so a proxy that records reads tells, for each object in the document, which fields are known and
 * whether it is a map. No schema table ships with the app and the answer always matches the validator.
 */
export interface NodeRecord {
  /** property names the validator read: the fields the schema declares */
  readonly known: Set<string>;
  /** the validator enumerated the keys: the object is a map (labels, resources.limits, data, …) */
  enumerated: boolean;
}

export interface Tracker {
  /** the proxied document to hand to the validator */
  readonly root: unknown;
  /** what the validator did with an object of the original document; undefined when it never looked */
  recordOf(node: object): NodeRecord | undefined;
}

/** The traps of one watched object; its record is made on the validator's first look. */
class RecordingHandler implements ProxyHandler<object> {
  record: NodeRecord | undefined;

  constructor(private readonly tracker: ReadTracker) {}

  private touch(): NodeRecord {
    this.record ??= { known: new Set(), enumerated: false };
    return this.record;
  }

  get(target: object, property: string | symbol, receiver: unknown): unknown {
    if (typeof property === "string") this.touch().known.add(property);
    return this.tracker.wrap(Reflect.get(target, property, receiver));
  }

  has(target: object, property: string | symbol): boolean {
    if (typeof property === "string") this.touch().known.add(property);
    return Reflect.has(target, property);
  }

  ownKeys(target: object): ArrayLike<string | symbol> {
    this.touch().enumerated = true;
    return Reflect.ownKeys(target);
  }
}

class ReadTracker implements Tracker {
  private readonly watched = new Map<object, { proxy: object; handler: RecordingHandler }>();
  readonly root: unknown;

  constructor(document: unknown) {
    this.root = this.wrap(document);
  }

  wrap(value: unknown): unknown {
    if (value === null || typeof value !== "object") return value;
    let entry = this.watched.get(value);
    if (!entry) {
      const handler = new RecordingHandler(this);
      entry = { proxy: new Proxy(value, handler), handler };
      this.watched.set(value, entry);
    }
    return entry.proxy;
  }

  recordOf(node: object): NodeRecord | undefined {
    return this.watched.get(node)?.handler.record;
  }
}

export function trackReads(document: unknown): Tracker {
  return new ReadTracker(document);
}
