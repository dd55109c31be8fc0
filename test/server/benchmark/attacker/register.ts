import { ABSOLUTE_MIN_GROUP_SIZE } from '@caf/schema';
import type { DataSource } from 'typeorm';
import {
  FILTER_KEYS,
  type FilterKey,
  type GroupFilters,
  POPULATION_BANDS,
  STAFF_BANDS,
} from '../../../../server/src/disclosure';

/**
 * Who is in a released cycle, with the facts peer groups filter on. Voivodeship, type, population,
 * staff and programmes are public (the `offices` query); which offices a released cycle counts and
 * their CAF version are not offered to every role. The attacker is assumed to know them exactly —
 * the conservative choice (an insider, or a guess that happens to be right) — so they are read from
 * the released snapshot rather than from the API.
 */
export interface ReleasedOffice {
  officeId: string;
  voivodeshipCode: string;
  jstType: string;
  population: number;
  staffCount: number;
  cafVersion: string;
  programmeIds: string[];
}

export type ReleasedRegister = Map<number, ReleasedOffice[]>;

export async function readReleasedRegister(db: DataSource): Promise<ReleasedRegister> {
  const rows: (ReleasedOffice & { cycleYear: number })[] = await db.query(
    `SELECT cycle_year AS "cycleYear", office_id AS "officeId", voivodeship_code AS "voivodeshipCode",
            jst_type::text AS "jstType", population, staff_count AS "staffCount",
            caf_version::text AS "cafVersion", programme_ids::text[] AS "programmeIds"
       FROM released_office ORDER BY cycle_year, office_id`,
  );
  const register: ReleasedRegister = new Map();
  for (const { cycleYear, ...office } of rows) {
    register.set(cycleYear, [...(register.get(cycleYear) ?? []), office]);
  }
  return register;
}

/** A group the attacker may ask for, with the members the public facts say it has. */
export interface AskableGroup {
  filters: GroupFilters;
  members: string[];
}

const bandOf = (bands: Record<string, readonly [number, number]>, value: number): string =>
  Object.entries(bands).find(([, [min, max]]) => value >= min && value <= max)![0];

const valuesOf = (office: ReleasedOffice, key: FilterKey): string[] => {
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
};

/**
 * Every group of at most `most` filters, each filter set to a value some member has, with at
 * least the absolute minimum of offices (no engine publishes fewer; asking costs nothing, but an
 * empty or tiny group is withheld by every rule).
 */
export function askableGroups(offices: readonly ReleasedOffice[], most = 3): AskableGroup[] {
  const groups: AskableGroup[] = [];
  const walk = (from: number, filters: GroupFilters, members: readonly ReleasedOffice[]) => {
    if (members.length < ABSOLUTE_MIN_GROUP_SIZE) {
      return;
    }
    groups.push({ filters, members: members.map(office => office.officeId) });
    if (Object.keys(filters).length === most) {
      return;
    }
    for (let d = from; d < FILTER_KEYS.length; d += 1) {
      const key = FILTER_KEYS[d]!;
      const values = [...new Set(members.flatMap(office => valuesOf(office, key)))].sort();
      for (const value of values) {
        walk(
          d + 1,
          { ...filters, [key]: value },
          members.filter(office => valuesOf(office, key).includes(value)),
        );
      }
    }
  };
  walk(0, {}, offices);
  return groups;
}
