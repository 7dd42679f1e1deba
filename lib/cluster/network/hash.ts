/**
 * Deterministic hashing for generated names and endpoint choice. FNV-1a (32 bit) is enough: the
 * inputs are short and we need stability across runs and platforms, not cryptographic strength.
 */

export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

/** The alphabet Kubernetes uses for generated name suffixes (no vowels, no confusable digits). */
const ALPHABET = "bcdfghjklmnpqrstvwxz2456789";

/** Five characters from Kubernetes' name-suffix alphabet, derived from `text`. */
export function nameSuffix(text: string): string {
  let value = fnv1a(text);
  let out = "";
  for (let i = 0; i < 5; i += 1) {
    out += ALPHABET[value % ALPHABET.length] ?? "b";
    value = Math.floor(value / ALPHABET.length) ^ fnv1a(`${text}#${i}`);
    value >>>= 0;
  }
  return out;
}
