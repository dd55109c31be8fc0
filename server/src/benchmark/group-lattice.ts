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
  const officeK = offices.map(office =>
    Math.max(0, ...office.programmeIds.map(id => programmeK.get(id) ?? 0)),
  );
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
    const memberK = offices.reduce(
      (k, _office, i) => ((members >> BigInt(i)) & 1n ? Math.max(k, officeK[i]!) : k),
      0,
    );
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
    changed = false;
    for (const [i, inner] of list.entries()) {
      if (inner.suppressed) {
        continue;
      }
      for (
        let j = i + 1;
        j < list.length && list[j]!.n - inner.n < Math.max(inner.k, list[j]!.k);
        j += 1
      ) {
        const outer = list[j]!;
        if (
          !outer.suppressed &&
          outer.n > inner.n &&
          (outer.members & inner.members) === inner.members
        ) {
          inner.suppressed = SuppressionReason.DIFFERENCING;
          changed = true;
          break;
        }
      }
    }
    for (const parent of list) {
      if (parent.suppressed || Object.keys(parent.filters).length === MAX_FILTERS_PER_GROUP) {
        continue;
      }
      // Programmes overlap, so they do not partition a group; nesting covers them above.
      for (const dimension of FILTER_KEYS.filter(
        key => key !== 'programmeId' && !(key in parent.filters),
      )) {
        const children = [...cells.keys()]
          .filter(cell => cell.startsWith(`${dimension}=`))
          .map(cell =>
            groups.get(
              groupKey({ ...parent.filters, [dimension]: cell.slice(dimension.length + 1) }),
            ),
          )
          .filter((child): child is Group => child !== undefined);
        // The parent's numbers minus its published cells give its hidden cells together:
        // they must cover at least k offices, or the smallest published cell goes too.
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
  }
  return list.map(({ key, n, k, suppressed }) => ({ groupKey: key, n, k, suppressed }));
}
