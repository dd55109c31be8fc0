import type { LocalisedText } from '@caf/schema';
import type { EntityManager } from 'typeorm';
import { describeFilters } from './benchmark-text';
import {
  effectiveK,
  type GroupFilters,
  groupKey,
  MIN_GROUP_FOR_QUARTILES,
  POPULATION_BANDS,
  type PopulationBand,
  STAFF_BANDS,
  type StaffBand,
} from '../disclosure';

const bandOf = <B extends string>(bands: Record<B, readonly [number, number]>, value: number): B =>
  (Object.entries(bands) as [B, readonly [number, number]][]).find(
    ([, [min, max]]) => value >= min && value <= max,
  )![0];

/**
 * "Offices like mine" is snapped to peer-group cells rather than computed as nearest
 * neighbours: a cell is subject to every disclosure rule, an ad-hoc neighbourhood could differ
 * from some published group by a single office. The most specific published cell that holds
 * enough offices wins: type + population band + staff band, then type + population, type +
 * staff, type alone.
 */
export async function likeMineGroup(
  manager: EntityManager,
  office: { jstType: GroupFilters['jstType']; population: number; staffCount: number },
  cycleYear: number,
  k: number,
): Promise<{ group: GroupFilters; explanation: LocalisedText }> {
  const populationBand: PopulationBand = bandOf(POPULATION_BANDS, office.population);
  const staffBand: StaffBand = bandOf(STAFF_BANDS, office.staffCount);
  const candidates: GroupFilters[] = [
    { jstType: office.jstType, populationBand, staffBand },
    { jstType: office.jstType, populationBand },
    { jstType: office.jstType, staffBand },
    { jstType: office.jstType },
  ];
  const verdicts: { groupKey: string; n: number; suppressed: string | null }[] =
    await manager.query(
      `SELECT group_key AS "groupKey", n, suppressed FROM released_group WHERE cycle_year = $1 AND group_key = ANY($2)`,
      [cycleYear, candidates.map(groupKey)],
    );
  const wanted = Math.max(2 * effectiveK(k), MIN_GROUP_FOR_QUARTILES);
  const usable = (group: GroupFilters) => {
    const verdict = verdicts.find(v => v.groupKey === groupKey(group));
    return verdict !== undefined && verdict.suppressed === null && verdict.n >= wanted;
  };
  const chosen = candidates.find(usable) ?? candidates[candidates.length - 1]!;
  const filters = describeFilters(chosen, null);
  return {
    group: chosen,
    explanation: {
      pl: `Urzędy podobne do Twojego: ${filters.pl} — najwęższa taka grupa, w której jest co najmniej ${wanted} urzędów.`,
      en: `Offices like yours: ${filters.en} — the narrowest such group with at least ${wanted} offices.`,
    },
  };
}
