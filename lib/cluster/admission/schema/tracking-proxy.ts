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

export function trackReads(document: unknown): Tracker {
  const records = new WeakMap<object, NodeRecord>();
  const proxies = new WeakMap<object, object>();

  const recordOf = (target: object): NodeRecord => {
    let record = records.get(target);
    if (!record) {
      record = { known: new Set(), enumerated: false };
      records.set(target, record);
    }
    return record;
  };
  // One handler for every node of the document: traps get the target, so no closures per node.
  const handler: ProxyHandler<object> = {
    get(target, property, receiver) {
      if (typeof property === "string") recordOf(target).known.add(property);
      return wrap(Reflect.get(target, property, receiver));
    },
    has(target, property) {
      if (typeof property === "string") recordOf(target).known.add(property);
      return Reflect.has(target, property);
    },
    ownKeys(target) {
      recordOf(target).enumerated = true;
      return Reflect.ownKeys(target);
    },
  };
  function wrap(value: unknown): unknown {
    if (value === null || typeof value !== "object") return value;
    let proxy = proxies.get(value);
    if (!proxy) {
      proxy = new Proxy(value, handler);
      proxies.set(value, proxy);
    }
    return proxy;
  }

  return { root: wrap(document), recordOf: (node) => records.get(node) };
}
