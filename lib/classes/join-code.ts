/** Class join codes: short, easy to read aloud and type (no 0/O, 1/I/L), made from random bytes given in. */

export const JOIN_CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
export const JOIN_CODE_LENGTH = 8;

/** A join code from `bytes` (at least JOIN_CODE_LENGTH of them; the caller supplies the randomness). */
export function joinCodeFrom(bytes: Uint8Array): string {
  if (bytes.length < JOIN_CODE_LENGTH) throw new RangeError(`a join code needs ${JOIN_CODE_LENGTH} random bytes, got ${bytes.length}`);
  let code = "";
  for (let i = 0; i < JOIN_CODE_LENGTH; i += 1) code += JOIN_CODE_ALPHABET[(bytes[i] as number) % JOIN_CODE_ALPHABET.length];
  return code;
}

/** What a person typed or pasted (a code or a /join/CODE link, any case, with spaces or dashes) as a code. */
export function normaliseJoinCode(input: string): string {
  const fromLink = /\/join\/([^/?#\s]+)/.exec(input)?.[1] ?? input;
  return fromLink.toUpperCase().replace(/[\s-]/g, "");
}
