/**
 * Sharing of equal immutable values: the first value seen under a key is deep-frozen and handed out
 * for every later equal one, so 100,000 pods that became Ready in the same second hold one condition
 * object instead of 100,000 copies. Bounded: past `limit` keys it forgets everything and starts over.
 */
import { deepFreeze } from "../store/freeze";

export class Interner<T extends object> {
  private readonly values = new Map<string, T>();

  constructor(private readonly limit = 4096) {}

  /** The shared value for `key`, `value` (frozen) when the key is new. Equal keys must mean equal values. */
  intern(key: string, value: T): T {
    const shared = this.values.get(key);
    if (shared !== undefined) return shared;
    if (this.values.size >= this.limit) this.values.clear();
    this.values.set(key, deepFreeze(value));
    return value;
  }
}
