import { DEFAULT_MIN_GROUP_SIZE, effectiveK, SuppressionReason } from './disclosure';
import {
  FILTER_KEYS,
  type FilterKey,
  type GroupFilters,
  POPULATION_BANDS,
  STAFF_BANDS,
} from './peer-group';

/**
 * Groups of up to this many filters can be asked for. The verdicts of all of them are decided
 * together at release; more filters would multiply the groups to compare (and the ways to
 * isolate an office) for little analytical gain.
 */
export const MAX_FILTERS_PER_GROUP = 3;

export interface LatticeOffice {
  officeId: string;
  voivodeshipCode: string;
  jstType: string;
  population: number;
  staffCount: number;
  cafVersion: string;
  programmeIds: string[];
}

export interface GroupVerdict {
  groupKey: string;
  n: number;
  k: number;
  suppressed: SuppressionReason | null;
}

/** Canonical, order-independent key of a group's filters ("" for all offices). */
export const groupKey = (group: GroupFilters): string =>
  FILTER_KEYS.filter(key => group[key] !== undefined && group[key] !== null)
    .map(key => `${key}=${group[key]}`)
    .join('&');

const bandOf = (bands: Record<string, readonly [number, number]>, value: number): string =>
  Object.entries(bands).find(([, [min, max]]) => value >= min && value <= max)![0];

/** The values an office has on a dimension (several programmes, one of everything else). */
function valuesOf(office: LatticeOffice, key: FilterKey): string[] {
  switch (key) {
    case 'programmeId':
      return office.programmeIds;
    case 'voivodeshipCode':
      return [office.voivodeshipCode];
    case 'jstType':
      return [office.jstType];
    case 'populationBand':
      return [bandOf(POPULATION_BANDS, office.population)];
    case 'staffBand':
      return [bandOf(STAFF_BANDS, office.staffCount)];
    case 'cafVersion':
      return [office.cafVersion];
  }
}

interface Group {
  key: string;
  filters: GroupFilters;
  members: bigint;
  n: number;
  k: number;
  suppressed: SuppressionReason | null;
}

const popcount = (bits: bigint): number => {
  let count = 0;
  for (let rest = bits; rest; rest &= rest - 1n) {
    count += 1;
  }
  return count;
};

/**
 * The disclosure verdict of every group of a released cycle (disclosure.ts rules 1–3, applied
 * to the whole set of askable groups at once): primary suppression below k; then, until nothing
 * changes, differencing — of any two published groups whose members are nested (by their filters
 * or by coincidence) and differ by 1 … k−1 offices, the smaller is withheld — and complementary
 * suppression within each partition of a published group.
 */
export function decideGroupVerdicts(
  offices: readonly LatticeOffice[],
  programmeK: ReadonlyMap<string, number>,
): GroupVerdict[] {
  const bitOf = new Map(offices.map((office, i) => [office.officeId, 1n << BigInt(i)]));
  // Offices by the largest k of their programmes, largest first: a group's k is the first mask
  // it meets (one AND per distinct k instead of a pass over every office).
  const masksByK = new Map<number, bigint>();
  offices.forEach((office, i) => {
    const k = Math.max(0, ...office.programmeIds.map(id => programmeK.get(id) ?? 0));
    masksByK.set(k, (masksByK.get(k) ?? 0n) | (1n << BigInt(i)));
  });
  const kMasks = [...masksByK.entries()].sort((a, b) => b[0] - a[0]);
  const cells = new Map<string, bigint>(); // "key=value" → members
  for (const office of offices) {
    for (const key of FILTER_KEYS) {
      for (const value of valuesOf(office, key)) {
        const cell = `${key}=${value}`;
        cells.set(cell, (cells.get(cell) ?? 0n) | bitOf.get(office.officeId)!);
      }
    }
  }
  const all = offices.reduce((bits, office) => bits | bitOf.get(office.officeId)!, 0n);
  const groups = new Map<string, Group>();
  const visit = (from: number, filters: GroupFilters, members: bigint, depth: number): void => {
    const key = groupKey(filters);
    const n = popcount(members);
    const memberK = kMasks.find(([, mask]) => (mask & members) !== 0n)?.[0] ?? 0;
    const base = filters.programmeId
      ? (programmeK.get(filters.programmeId) ?? DEFAULT_MIN_GROUP_SIZE)
      : DEFAULT_MIN_GROUP_SIZE;
    const k = effectiveK(base, memberK);
    groups.set(key, {
      key,
      filters,
      members,
      n,
      k,
      suppressed: n < k ? SuppressionReason.BELOW_MIN_GROUP_SIZE : null,
    });
    if (depth === MAX_FILTERS_PER_GROUP) {
      return;
    }
    for (let d = from; d < FILTER_KEYS.length; d += 1) {
      const dimension = FILTER_KEYS[d]!;
      for (const [cell, bits] of cells) {
        if (cell.startsWith(`${dimension}=`) && (members & bits) !== 0n) {
          visit(
            d + 1,
            { ...filters, [dimension]: cell.slice(dimension.length + 1) },
            members & bits,
            depth + 1,
          );
        }
      }
    }
  };
  visit(0, {}, all, 0);

  const list = [...groups.values()].sort((a, b) => a.n - b.n);
  for (let changed = true; changed;) {
    changed = suppressNestedPairs(list) || false;
    changed = suppressPartitions(list, groups, [...cells.keys()]) || changed;
    changed = suppressAliases(list) || changed;
    // The audit is the expensive step: run it only once the cheap rules are settled.
    changed = changed || suppressLinearDisclosure(list, offices.length);
  }
  return list.map(({ key, n, k, suppressed }) => ({ groupKey: key, n, k, suppressed }));
}

/** Rule 2: of two published groups with nested members 1 … k−1 apart, the smaller is withheld. */
function suppressNestedPairs(list: Group[]): boolean {
  const largestK = Math.max(...list.map(group => group.k));
  let changed = false;
  for (const [i, inner] of list.entries()) {
    for (
      let j = i + 1;
      !inner.suppressed && j < list.length && list[j]!.n - inner.n < largestK;
      j += 1
    ) {
      const outer = list[j]!;
      const apart = outer.n - inner.n;
      if (
        !outer.suppressed &&
        apart > 0 &&
        apart < Math.max(inner.k, outer.k) &&
        (outer.members & inner.members) === inner.members
      ) {
        inner.suppressed = SuppressionReason.DIFFERENCING;
        changed = true;
      }
    }
  }
  return changed;
}

/** Rule 3: a published group's hidden cells along one dimension must cover at least k offices. */
function suppressPartitions(
  list: Group[],
  groups: Map<string, Group>,
  cellKeys: string[],
): boolean {
  let changed = false;
  for (const parent of list) {
    if (parent.suppressed || Object.keys(parent.filters).length === MAX_FILTERS_PER_GROUP) {
      continue;
    }
    // Programmes overlap, so they do not partition a group; the audit covers them.
    for (const dimension of FILTER_KEYS.filter(
      key => key !== 'programmeId' && !(key in parent.filters),
    )) {
      const children = cellKeys
        .filter(cell => cell.startsWith(`${dimension}=`))
        .map(cell =>
          groups.get(
            groupKey({ ...parent.filters, [dimension]: cell.slice(dimension.length + 1) }),
          ),
        )
        .filter((child): child is Group => child !== undefined);
      const hiddenTotal = children
        .filter(child => child.suppressed)
        .reduce((sum, child) => sum + child.n, 0);
      if (hiddenTotal > 0 && hiddenTotal < parent.k) {
        const smallest = children
          .filter(child => !child.suppressed)
          .sort((a, b) => a.n - b.n || a.key.localeCompare(b.key))[0];
        if (smallest) {
          smallest.suppressed = SuppressionReason.COMPLEMENTARY;
          changed = true;
        }
      }
    }
  }
  return changed;
}

/** The same offices under another name are the same group: one verdict for all its names. */
function suppressAliases(list: Group[]): boolean {
  const withheld = new Map<bigint, SuppressionReason>();
  for (const group of list) {
    if (group.suppressed && !withheld.has(group.members)) {
      withheld.set(group.members, group.suppressed);
    }
  }
  let changed = false;
  for (const group of list) {
    const reason = withheld.get(group.members);
    if (!group.suppressed && reason) {
      group.suppressed = reason;
      changed = true;
    }
  }
  return changed;
}

/** A prime below 2²⁶, so that products of residues stay exact in doubles. */
const PRIME = 67_108_859;

const inverse = (value: number): number => {
  // Fermat: value^(p−2) mod p, with exact BigInt arithmetic.
  let result = 1n;
  let base = BigInt(value);
  for (let exponent = BigInt(PRIME - 2); exponent > 0n; exponent >>= 1n) {
    if (exponent & 1n) {
      result = (result * base) % BigInt(PRIME);
    }
    base = (base * base) % BigInt(PRIME);
  }
  return Number(result);
};

/**
 * Offices whose value some linear combination of published group sums (n × mean) gives exactly —
 * inclusion–exclusion over any number of groups — to anyone, or to one other office that knows its
 * own value: e_i, or some a·e_i + b·e_j, lies in the row space of the published membership matrix.
 * Gaussian elimination modulo a large prime (0/1 matrices).
 */
export function exposedOffices(memberSets: readonly bigint[], officeCount: number): number[] {
  const rows: number[][] = [...new Set(memberSets)].map(bits =>
    Array.from({ length: officeCount }, (_, i) => Number((bits >> BigInt(i)) & 1n)),
  );
  let rank = 0;
  for (let column = 0; column < officeCount && rank < rows.length; column += 1) {
    const pivot = rows.findIndex((row, r) => r >= rank && row[column] !== 0);
    if (pivot < 0) {
      continue;
    }
    [rows[rank], rows[pivot]] = [rows[pivot]!, rows[rank]!];
    const pivotRow = rows[rank]!;
    const scale = inverse(pivotRow[column]!);
    for (let c = 0; c < officeCount; c += 1) {
      pivotRow[c] = (pivotRow[c]! * scale) % PRIME;
    }
    for (const [r, row] of rows.entries()) {
      const factor = row[column]!;
      if (r !== rank && factor !== 0) {
        for (let c = 0; c < officeCount; c += 1) {
          row[c] = (((row[c]! - factor * pivotRow[c]!) % PRIME) + PRIME) % PRIME;
        }
      }
    }
    rank += 1;
  }
  // Row i of the reduced form is 1 at pivot i, 0 at the other pivots and free elsewhere. An
  // office is exposed outright when its row is e_i; to another office j that knows its own value
  // when its row lives on {i, j} alone, or when rows i and j differ only by a factor outside the
  // pivots (so a·row_i + b·row_j = a·e_i + b·e_j).
  const pivots = rows.slice(0, rank).map(row => row.findIndex(value => value !== 0));
  const isPivot = new Set(pivots);
  const exposed = new Set<number>();
  const byFreePart = new Map<string, number>();
  for (const [r, row] of rows.slice(0, rank).entries()) {
    const free = row.map((value, c) => (isPivot.has(c) ? 0 : value));
    const first = free.findIndex(value => value !== 0);
    const support = free.filter(value => value !== 0).length;
    if (support <= 1) {
      exposed.add(pivots[r]!);
      continue;
    }
    const scale = inverse(free[first]!);
    const signature = free.map(value => (value * scale) % PRIME).join(',');
    const twin = byFreePart.get(signature);
    if (twin !== undefined) {
      exposed.add(pivots[r]!);
      exposed.add(twin);
    }
    byFreePart.set(signature, pivots[r]!);
  }
  return [...exposed].sort((a, b) => a - b);
}

/**
 * The exact-disclosure audit: while some office's value follows from published sums, withhold the
 * smallest published group that contains it.
 */
function suppressLinearDisclosure(list: Group[], officeCount: number): boolean {
  const published = list.filter(group => !group.suppressed);
  const exposed = exposedOffices(
    published.map(group => group.members),
    officeCount,
  );
  if (exposed.length === 0) {
    return false;
  }
  const office = 1n << BigInt(exposed[0]!);
  const smallest = published.find(group => (group.members & office) !== 0n)!;
  smallest.suppressed = SuppressionReason.DIFFERENCING;
  return true;
}
