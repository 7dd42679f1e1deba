/**
 * `namespace|key=value` for each of an object's labels: the keys of the store's pods-by-label index
 * and of the EndpointSlice controller's Services-by-selector-pair index. Memoised per frozen labels
 * object, which the pods of one template share, so a pod write builds no strings.
 */
type Labels = Readonly<Record<string, string>>;

const NONE: readonly string[] = Object.freeze([]);
const memo = new WeakMap<Labels, { readonly namespace: string; readonly pairs: readonly string[] }>();

export function labelPairKey(namespace: string, key: string, value: string): string {
  return `${namespace}|${key}=${value}`;
}

export function labelPairKeys(namespace: string, labels: Labels | undefined): readonly string[] {
  if (!labels) return NONE;
  const hit = memo.get(labels);
  if (hit && hit.namespace === namespace) return hit.pairs;
  const pairs: string[] = [];
  for (const [k, v] of Object.entries(labels)) pairs.push(labelPairKey(namespace, k, v));
  if (Object.isFrozen(labels)) memo.set(labels, { namespace, pairs: Object.freeze(pairs) });
  return pairs;
}
