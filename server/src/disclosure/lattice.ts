import { DEFAULT_MIN_GROUP_SIZE, effectiveK, SuppressionReason } from './rules';
import {
  FILTER_KEYS,
  type FilterKey,
  groupKey,
  type GroupFilters,
  POPULATION_BANDS,
  STAFF_BANDS,
} from './groups';

/**
 * Groups of up to this many filters can be asked for. Each extra filter multiplies the groups an
 * attacker can difference; the perturbation is calibrated for this lattice (docs/disclosure.md).
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

const popcount = (bits: bigint): number => {
  let count = 0;
  for (let rest = bits; rest; rest &= rest - 1n) {
    count += 1;
  }
  return count;
};

/**
 * The size and k of every askable group of a released cycle, decided at release and stored
 * (released_group): a group below its k is withheld, every other one is published with
 * perturbed values (rules.ts). Linear in groups × offices, with members as bit sets.
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
  const groups = new Map<string, GroupVerdict>();
  const visit = (from: number, filters: GroupFilters, members: bigint, depth: number): void => {
    const key = groupKey(filters);
    const n = popcount(members);
    const memberK = kMasks.find(([, mask]) => (mask & members) !== 0n)?.[0] ?? 0;
    const base = filters.programmeId
      ? (programmeK.get(filters.programmeId) ?? DEFAULT_MIN_GROUP_SIZE)
      : DEFAULT_MIN_GROUP_SIZE;
    const k = effectiveK(base, memberK);
    groups.set(key, {
      groupKey: key,
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
  return [...groups.values()];
}
