import { createHmac } from 'node:crypto';

/** 'A'…'Z', 'AA'… */
const letters = (index: number): string =>
  index < 26
    ? String.fromCharCode(65 + index)
    : letters(Math.floor(index / 26) - 1) + letters(index % 26);

/**
 * Pseudonyms for the offices of one benchmark: the order of HMAC(installation key, scope ‖ id)
 * decides who is "Urząd A". Same benchmark → same labels; another programme, group or cycle →
 * an unrelated order; without the key (which never leaves the database) nothing links a label
 * to an id.
 */
export function pseudonymsFor(
  officeIds: readonly string[],
  key: string,
  scope: string,
): Map<string, string> {
  const ranked = [...new Set(officeIds)]
    .map(id => ({
      id,
      digest: createHmac('sha256', key).update(`${scope}\u0000${id}`).digest('hex'),
    }))
    .sort((a, b) => a.digest.localeCompare(b.digest));
  return new Map(ranked.map(({ id }, index) => [id, letters(index)]));
}
