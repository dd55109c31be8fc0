/** Orders batch results to match DataLoader's keys; a key without a row gets `missing`. */
export function byKey<K, R>(
  keys: readonly K[],
  rows: readonly R[],
  keyOf: (row: R) => K,
  missing: R | null = null,
): (R | null)[] {
  const index = new Map(rows.map(row => [keyOf(row), row]));
  return keys.map(key => index.get(key) ?? missing);
}

/** Groups batch results by key, in DataLoader's key order; a key without rows gets []. */
export function groupByKey<K, R>(
  keys: readonly K[],
  rows: readonly R[],
  keyOf: (row: R) => K,
): R[][] {
  const groups = new Map<K, R[]>(keys.map(key => [key, []]));
  for (const row of rows) {
    groups.get(keyOf(row))?.push(row);
  }
  return keys.map(key => groups.get(key) ?? []);
}
