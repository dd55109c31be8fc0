import type { OfficeEntity, ProgrammeEntity } from '@caf/db';
import { releaseCycle } from '../../../server/src/benchmark/release-verdicts';
import { type Session, signInAs, startTestApi, type TestApi } from '../../support/api';
import {
  addParticipants,
  createOffice,
  createProgramme,
  createSubmittedAssessment,
} from '../../support/fixtures';

/**
 * An office user knows its own score and, from the public register, who belongs to every group.
 * A rank of its own score in a group it is not a member of is then a count of named offices
 * below that score: 0 or 100 says every member scored above or below it, and in a group of up to
 * 10 offices the rank (to 5 %) is the exact count. Overlapping groups turn such counts into
 * other offices' scores. So the own position is given only in the groups the office belongs to.
 */
const CYCLE = 2024;
const BENCHMARK = `query ($g: PeerGroupInput!) {
  benchmark(group: $g, cycleYear: ${CYCLE}, level: SUB_CRITERION) {
    n suppressed statistics { key n own { score percentileRank gapToMedian gapToTopQuartile } }
  }
}`;

interface Answer {
  benchmark: {
    n: number | null;
    suppressed: string | null;
    statistics: {
      key: string;
      n: number | null;
      own: {
        score: number;
        percentileRank: number | null;
        gapToMedian: number | null;
        gapToTopQuartile: number | null;
      } | null;
    }[];
  };
}

type Filters = { programmeId?: string; jstType?: string; voivodeshipCode?: string };

describe('rank attack: an office user counts what its own rank says about other groups', () => {
  let api: TestApi;
  let attacker: Session;
  let own: OfficeEntity;
  let programme: ProgrammeEntity;
  const members = new Map<string, Set<string>>(); // group → office ids, all public facts
  const groups: Filters[] = [];

  beforeAll(async () => {
    api = await startTestApi();
    const ds = api.db.dataSource;
    const make = async (jstType: OfficeEntity['jstType'], scoreOf: (code: string) => number) => {
      const office = await createOffice(ds, { jstType, population: 8_000, staffCount: 30 });
      await createSubmittedAssessment(ds, office, { cycleYear: CYCLE, scoreOf, release: false });
      return office;
    };
    // The attacker scores low everywhere (rank 0 among peers) and in the middle on criterion 1.
    own = await make('GMINA_WIEJSKA', code => (code.startsWith('1.') ? 53 : 20));
    const rural = [own];
    for (let i = 0; i < 9; i += 1) {
      rural.push(await make('GMINA_WIEJSKA', () => 40 + i));
    }
    const urbanRural: OfficeEntity[] = [];
    for (let i = 0; i < 12; i += 1) {
      urbanRural.push(await make('GMINA_MIEJSKO_WIEJSKA', () => 45 + i * 2));
    }
    programme = await createProgramme(ds);
    await addParticipants(ds, programme, [...rural.slice(0, 5), ...urbanRural.slice(0, 6)]);
    await ds.transaction(manager => releaseCycle(manager, CYCLE));

    const inProgramme = new Set([...rural.slice(0, 5), ...urbanRural.slice(0, 6)].map(o => o.id));
    const offices = [...rural, ...urbanRural];
    for (const programmeId of [undefined, programme.id]) {
      for (const jstType of [undefined, 'GMINA_WIEJSKA', 'GMINA_MIEJSKO_WIEJSKA']) {
        for (const voivodeshipCode of [undefined, '02']) {
          const group: Filters = { programmeId, jstType, voivodeshipCode };
          const ids = offices
            .filter(o => !programmeId || inProgramme.has(o.id))
            .filter(o => !jstType || o.jstType === jstType)
            .map(o => o.id);
          groups.push(group);
          members.set(JSON.stringify(group), new Set(ids));
        }
      }
    }
    attacker = await signInAs(api, [{ role: 'OFFICE_VIEWER', officeId: own.id }]);
  });
  afterAll(() => api.close());

  const ask = async (group: Filters) => {
    const result = await attacker.gql<Answer>(BENCHMARK, { g: group });
    expect(result.errors).toBeUndefined();
    return result.data!.benchmark;
  };

  it('learns nothing from a rank in a group its office is not a member of', async () => {
    let askedOutside = 0;
    const leaked = { rankAnswers: 0, everyMemberAboveOrBelow: 0, exactCounts: 0, gaps: 0 };
    for (const group of groups) {
      if (members.get(JSON.stringify(group))!.has(own.id)) {
        continue;
      }
      const answer = await ask(group);
      if (answer.suppressed) {
        continue;
      }
      askedOutside += 1;
      for (const stat of answer.statistics) {
        expect(stat.own?.score).toEqual(expect.any(Number)); // its own data: still shown
        const rank = stat.own?.percentileRank ?? null;
        if (rank !== null) {
          leaked.rankAnswers += 1;
          leaked.everyMemberAboveOrBelow += rank === 0 || rank === 100 ? 1 : 0;
          // Below 11 offices, ranks to 5 % are all distinct: the rank is the count below.
          leaked.exactCounts += stat.n !== null && stat.n <= 10 ? 1 : 0;
        }
        leaked.gaps += stat.own?.gapToMedian != null || stat.own?.gapToTopQuartile != null ? 1 : 0;
      }
    }
    expect(askedOutside).toBeGreaterThan(0); // the world has published groups to attack
    expect(leaked).toEqual({ rankAnswers: 0, everyMemberAboveOrBelow: 0, exactCounts: 0, gaps: 0 });
  });

  it('still shows the office its position in the groups it belongs to', async () => {
    const answer = await ask({ programmeId: programme.id });
    expect(answer.suppressed).toBeNull();
    const index = answer.statistics.find(s => s.key === 'INDEX')!;
    expect(index.own).toMatchObject({ percentileRank: expect.any(Number) });
    const criterion1 = answer.statistics.find(s => s.key === '1')!;
    expect(criterion1.own!.percentileRank).toBeGreaterThan(0);
  });
});
