/** Deterministic names for generated objects, from the engine's one FNV-1a and name alphabet. */
import { fnv1a32 } from "../util/hash";
import { SAFE_ALPHABET } from "../util/rand";

/** Five characters from Kubernetes' name-suffix alphabet, derived from `text`. */
export function nameSuffix(text: string): string {
  let out = "";
  for (let i = 0; i < 5; i += 1) out += SAFE_ALPHABET[fnv1a32(`${text}#${i}`) % SAFE_ALPHABET.length] ?? "b";
  return out;
}
