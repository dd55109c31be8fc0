import type { GroupFilters } from '../../../../server/src/disclosure';
import type { Session } from '../../../support/api';
import { askEach } from '../../../support/ask-each';
import { KnownScores } from './evidence';
import { type AskableGroup, askableGroups, type ReleasedRegister } from './register';

/** One statistic as the API published it (null fields withheld). */
export interface PublishedStatistic {
  key: string;
  n: number | null;
  mean: number | null;
  median: number | null;
  q1: number | null;
  q3: number | null;
  p10: number | null;
  p90: number | null;
  levelShares: { level: number; share: number }[] | null;
  own: { score: number; percentileRank: number | null } | null;
  /** Whatever `HarvestOptions.noiseSelection` asked for. */
  [declared: string]: unknown;
}

/** A published group of one released cycle, with the members its public facts give it. */
export interface PublishedGroup {
  cycle: number;
  filters: GroupFilters;
  members: string[];
  statistics: PublishedStatistic[];
}

export interface Harvest {
  groups: PublishedGroup[];
  /** Asked groups, and of those withheld, per cycle: how much the principal got. */
  asked: number;
  withheld: number;
}

export interface HarvestOptions {
  /**
   * SUB_CRITERION (the default) also harvests sub-criterion means, which only add evidence when
   * they carry noise independent of the criteria's; CRITERION asks for the index and criteria only.
   */
  level?: 'CRITERION' | 'SUB_CRITERION';
  /**
   * Extra fields of BenchmarkStatistic to select, e.g. a declared noise bound once the engine
   * publishes one; they come back on each PublishedStatistic.
   */
  noiseSelection?: string;
}

const STATISTIC_FIELDS =
  'key n mean median q1 q3 p10 p90 levelShares { level share } own { score percentileRank }';

/**
 * Everything `principal` can get from the benchmark query: every askable group of every released
 * cycle — found by a trend per group, then asked where published — at sub-criterion level (the API answers at criterion level where versions are mixed, so one
 * ask gets INDEX, the criteria and, where allowed, the sub-criteria), with every statistic and the
 * own position. A group with the same members as one already asked is the same cell — its numbers
 * are the same by construction — so each member set is asked once per cycle. Trends and the
 * programme page repeat these numbers; distributions are microaggregated blocks whose totals repeat
 * the group mean's precision (not used, see README in this folder).
 */
export async function harvest(
  principal: Session,
  register: ReleasedRegister,
  options: HarvestOptions = {},
): Promise<Harvest> {
  const visibleProgrammes = await programmesVisibleTo(principal, register);
  const asked: { cycle: number; group: AskableGroup }[] = [];
  for (const [cycle, offices] of register) {
    const seen = new Set<string>();
    for (const group of askableGroups(offices)) {
      const programme = group.filters.programmeId;
      const members = group.members.join(',');
      if ((!programme || visibleProgrammes.has(programme)) && !seen.has(members)) {
        seen.add(members);
        asked.push({ cycle, group });
      }
    }
  }
  const published = await publishedCycles(principal, asked);
  const toAsk = asked.filter(({ cycle, group }) => published.get(groupId(group))?.has(cycle));
  const selection = `${STATISTIC_FIELDS} ${options.noiseSelection ?? ''}`;
  const answers = await askEach<{ n: number | null; statistics: PublishedStatistic[] }>(
    principal.gql,
    {
      variables: '$g: PeerGroupInput!, $c: Int!',
      field: `benchmark(group: $g, cycleYear: $c, level: ${options.level ?? 'SUB_CRITERION'}) { n statistics { ${selection} } }`,
    },
    toAsk.map(({ cycle, group }) => ({ g: asInput(group.filters), c: cycle })),
  );
  const result: Harvest = { groups: [], asked: asked.length, withheld: asked.length };
  toAsk.forEach(({ cycle, group }, i) => {
    const answer = answers[i]!;
    if (answer.errors) {
      throw new Error(`${JSON.stringify(group.filters)}: ${JSON.stringify(answer.errors)}`);
    }
    if (answer.value.n === null) {
      return;
    }
    if (answer.value.n !== group.members.length) {
      throw new Error(
        `Membership from public facts (${group.members.length}) differs from the published n (${answer.value.n}) of ${JSON.stringify(group.filters)} in ${cycle}`,
      );
    }
    result.withheld -= 1;
    result.groups.push({ cycle, ...group, statistics: answer.value.statistics });
  });
  return result;
}

const groupId = (group: AskableGroup) => JSON.stringify(group.filters);

/** The filters as PeerGroupInput spells them (CAF versions are enum names there). */
const asInput = (filters: GroupFilters) =>
  filters.cafVersion ? { ...filters, cafVersion: `CAF_${filters.cafVersion}` } : filters;

/**
 * In which cycles each group is published, from one trend per group over its cycles: most asks
 * are withheld, and a trend answers for every cycle at the cost of one benchmark.
 */
async function publishedCycles(
  principal: Session,
  asked: { cycle: number; group: AskableGroup }[],
): Promise<Map<string, Set<number>>> {
  const cyclesOf = new Map<string, { filters: GroupFilters; cycles: number[] }>();
  for (const { cycle, group } of asked) {
    const entry = cyclesOf.get(groupId(group)) ?? { filters: group.filters, cycles: [] };
    entry.cycles.push(cycle);
    cyclesOf.set(groupId(group), entry);
  }
  const entries = [...cyclesOf.entries()];
  const answers = await askEach<{ cycleYear: number; n: number | null }[]>(
    principal.gql,
    {
      variables: '$g: PeerGroupInput!, $c: [Int!]!',
      field: 'benchmarkTrend(group: $g, key: "INDEX", cycles: $c) { cycleYear n }',
    },
    entries.map(([, { filters, cycles }]) => ({ g: asInput(filters), c: cycles })),
  );
  return new Map(
    entries.map(([id], i) => {
      const answer = answers[i]!;
      if (answer.errors) {
        throw new Error(`trend of ${id}: ${JSON.stringify(answer.errors)}`);
      }
      return [id, new Set(answer.value.filter(point => point.n !== null).map(p => p.cycleYear))];
    }),
  );
}

/** Programmes whose groups the principal may ask for (the others answer FORBIDDEN). */
async function programmesVisibleTo(
  principal: Session,
  register: ReleasedRegister,
): Promise<Set<string>> {
  const programmes = [
    ...new Set([...register.values()].flat().flatMap(office => office.programmeIds)),
  ];
  const [cycle] = register.keys();
  const answers = await askEach(
    principal.gql,
    { variables: '$g: PeerGroupInput!', field: `benchmark(group: $g, cycleYear: ${cycle}) { n }` },
    programmes.map(programmeId => ({ g: { programmeId } })),
  );
  return new Set(programmes.filter((_, i) => !answers[i]!.errors));
}

/** The named scores `principal` can read (its own office's, its partners'), every released cycle. */
export async function knownScores(
  principal: Session,
  officeIds: readonly string[],
  cycles: readonly number[],
): Promise<KnownScores> {
  const known = new KnownScores();
  const asks = officeIds.flatMap(o => cycles.map(c => ({ o, c })));
  const answers = await askEach<{ scores: { key: string; score: number }[] } | null>(
    principal.gql,
    {
      variables: '$o: ID!, $c: Int!',
      field: 'officeScores(officeId: $o, cycleYear: $c) { scores { key score } }',
    },
    asks,
  );
  asks.forEach(({ o, c }, i) => {
    const answer = answers[i]!;
    if (answer.errors) {
      throw new Error(`officeScores(${o}, ${c}): ${JSON.stringify(answer.errors)}`);
    }
    answer.value?.scores.forEach(({ key, score }) => known.set(c, key, o, score));
  });
  return known;
}
