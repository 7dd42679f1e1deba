/**
 * Node 20 lacks Map.groupBy (Node 21+), which Vitest 5's reporter calls when it prints failures.
 * Loaded by the Vitest configs only.
 */
type GroupBy = <K, T>(items: Iterable<T>, keyOf: (item: T, index: number) => K) => Map<K, T[]>;

const mapConstructor = Map as unknown as { groupBy?: GroupBy };
if (typeof mapConstructor.groupBy !== "function") {
  mapConstructor.groupBy = <K, T>(items: Iterable<T>, keyOf: (item: T, index: number) => K): Map<K, T[]> => {
    const groups = new Map<K, T[]>();
    let index = 0;
    for (const item of items) {
      const key = keyOf(item, index++);
      const group = groups.get(key);
      if (group) group.push(item);
      else groups.set(key, [item]);
    }
    return groups;
  };
}
