/** Deep freeze, skipping subtrees that are already frozen (copy-on-write updates share them). */
export function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) freezeTree(value);
  return value;
}

/** Freezes `o` and every unfrozen object under it; looks at a child only when it is an object. */
function freezeTree(o: object): void {
  Object.freeze(o);
  if (Array.isArray(o)) {
    for (let i = 0; i < o.length; i += 1) {
      const v: unknown = o[i];
      if (typeof v === "object" && v !== null && !Object.isFrozen(v)) freezeTree(v);
    }
    return;
  }
  const record = o as Record<string, unknown>;
  for (const key in record) {
    const v = record[key];
    if (typeof v === "object" && v !== null && !Object.isFrozen(v)) freezeTree(v);
  }
}
