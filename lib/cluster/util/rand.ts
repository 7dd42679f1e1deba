/**
 * Seeded randomness for everything the cluster invents (name suffixes, cluster IPs, uids), so the
 * same manifests and seed always give the same cluster. mulberry32: small, fast, good enough here.
 */
export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [0, n). */
  int(n: number): number;
  /** The generator's state, for snapshots. */
  state(): number;
}

export function createRandom(seed: number): Random {
  let s = seed >>> 0;
  const next = (): number => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, int: (n) => Math.floor(next() * n), state: () => s };
}

/** The alphabet Kubernetes uses for generated suffixes (no vowels, no confusable digits). */
export const SAFE_ALPHABET = "bcdfghjklmnpqrstvwxz2456789";

/** A `generateName` suffix: 5 characters, as the API server makes them. */
export function nameSuffix(random: Random, length = 5): string {
  let out = "";
  for (let i = 0; i < length; i += 1) out += SAFE_ALPHABET[random.int(SAFE_ALPHABET.length)];
  return out;
}

/** An RFC 4122 version-4 style uid drawn from the seeded generator. */
function word(random: Random): string {
  return Math.floor(random.next() * 4294967296).toString(16).padStart(8, "0");
}

export function uid(random: Random): string {
  const a = word(random);
  const b = word(random);
  const c = word(random);
  const d = word(random);
  return `${a}-${b.slice(0, 4)}-4${b.slice(5, 8)}-${"89ab"[random.int(4)]}${c.slice(1, 4)}-${c.slice(4)}${d}`;
}
