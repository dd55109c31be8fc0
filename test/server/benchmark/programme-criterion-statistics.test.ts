import { allSubCriterionCodes, criterionOf } from '@caf/schema';
import type { OfficeEntity, ProgrammeEntity } from '@caf/db';
import { type Session, signInAs, signInDemo, startTestApi, type TestApi } from '../../support/api';
import {
  addParticipants,
  createOffice,
  createProgramme,
  createSubmittedAssessment,
} from '../../support/fixtures';

const STATISTICS = `
  query ($id: ID!, $cycleYear: Int!) {
    programme(id: $id) {
      assessmentCycles
      criterionStatistics(cycleYear: $cycleYear) {
        cycleYear minGroupSize cafVersions caveat syntheticData
        criteria { criterionNumber kind n mean meanError { max } suppressed }
      }
    }
  }`;

interface Statistics {
  programme: {
    assessmentCycles: number[];
    criterionStatistics: {
      minGroupSize: number;
      cafVersions: string[];
      caveat: string | null;
      syntheticData: boolean;
      criteria: {
        criterionNumber: number;
        kind: string;
        n: number;
        mean: number | null;
        meanError: { max: number } | null;
        suppressed: string | null;
      }[];
    };
  };
}

/** A distinct, uneven score per office and sub-criterion, so means are not trivially equal. */
const scoreFor = (officeIndex: number) => (code: string) =>
  (officeIndex * 17 + Number(code.replace('.', '')) * 3) % 101;

/** The expected statistic, computed in Node independently of the SQL: office criterion means, then their mean. */
function expectedMean(officeIndexes: number[], criterion: number): number {
  const codes = allSubCriterionCodes('2020').filter(code => criterionOf(code) === criterion);
  const officeMeans = officeIndexes.map(
    i => codes.reduce((sum, code) => sum + scoreFor(i)(code), 0) / codes.length,
  );
  return Math.round((officeMeans.reduce((a, b) => a + b, 0) / officeMeans.length) * 10) / 10;
}

describe('programme criterion statistics', () => {
  let api: TestApi;
  let programme: ProgrammeEntity;
  let offices: OfficeEntity[];
  let leader: Session;
  beforeAll(async () => {
    api = await startTestApi();
    const ds = api.db.dataSource;
    programme = await createProgramme(ds, { minGroupSize: 5 });
    leader = await signInAs(api, [{ role: 'PROGRAMME_LEADER', programmeId: programme.id }]);
    offices = [];
    for (let i = 0; i < 5; i += 1) {
      offices.push(await createOffice(ds));
    }
    await addParticipants(ds, programme, offices);
    for (const [i, office] of offices.entries()) {
      await createSubmittedAssessment(ds, office, { cycleYear: 2024, scoreOf: scoreFor(i) });
    }
    // Only 4 of the 5 assessed in 2022: below k.
    for (const [i, office] of offices.slice(0, 4).entries()) {
      await createSubmittedAssessment(ds, office, { cycleYear: 2022, scoreOf: scoreFor(i) });
    }
    // Non-members' scores must not leak into the programme's numbers. (There are k of them: with
    // fewer, all offices − the programme would isolate them, and the programme is suppressed.)
    for (let i = 0; i < 5; i += 1) {
      await createSubmittedAssessment(ds, await createOffice(ds), {
        cycleYear: 2024,
        scoreOf: () => 100,
      });
    }
  });
  afterAll(() => api.close());

  it('publishes the mean of office criterion scores at n = k, within its stated error of an independent computation', async () => {
    const result = await leader.gql<Statistics>(STATISTICS, { id: programme.id, cycleYear: 2024 });
    expect(result.errors).toBeUndefined();
    const stats = result.data!.programme.criterionStatistics;
    expect(stats).toMatchObject({
      minGroupSize: 5,
      cafVersions: ['CAF_2020'],
      caveat: null,
      syntheticData: false,
    });
    expect(stats.criteria).toHaveLength(9);
    for (const criterion of stats.criteria) {
      expect(criterion).toMatchObject({
        n: 5,
        suppressed: null,
        kind: criterion.criterionNumber <= 5 ? 'ENABLER' : 'RESULT',
      });
      // Perturbed, within its stated error, which keeps ±3 points at n = k.
      expect(criterion.meanError!.max).toBeLessThanOrEqual(3);
      expect(
        Math.abs(criterion.mean! - expectedMean([0, 1, 2, 3, 4], criterion.criterionNumber)),
      ).toBeLessThanOrEqual(criterion.meanError!.max);
    }
    expect(result.data!.programme.assessmentCycles).toEqual([2024, 2022]);
  });

  it('suppresses every criterion at n = k − 1, with the reason and without a value or count', async () => {
    const result = await leader.gql<Statistics>(STATISTICS, { id: programme.id, cycleYear: 2022 });
    for (const criterion of result.data!.programme.criterionStatistics.criteria) {
      expect(criterion).toEqual(
        expect.objectContaining({ n: null, mean: null, suppressed: 'BELOW_MIN_GROUP_SIZE' }),
      );
    }
  });

  it('reports a cycle that is not released as such, not as zero', async () => {
    const result = await leader.gql<Statistics>(STATISTICS, { id: programme.id, cycleYear: 2018 });
    for (const criterion of result.data!.programme.criterionStatistics.criteria) {
      expect(criterion).toEqual(
        expect.objectContaining({ n: null, mean: null, suppressed: 'CYCLE_NOT_RELEASED' }),
      );
    }
  });
});

describe('programme criterion statistics on the demo programme', () => {
  let api: TestApi;
  let ministry: Session;
  beforeAll(async () => {
    api = await startTestApi({ demo: true });
    ministry = await signInDemo(api, 'MINISTRY_ANALYST');
  });
  afterAll(() => api.close());

  it('says the numbers are synthetic and flags CAF 2006 cycles', async () => {
    const [{ id }] = await api.db.dataSource.query(
      `SELECT id FROM programme WHERE code = 'dzierzoniow-2009'`,
    );
    const result = await ministry.gql<Statistics>(STATISTICS, { id, cycleYear: 2010 });
    expect(result.data!.programme.criterionStatistics).toMatchObject({
      syntheticData: true,
      cafVersions: ['CAF_2006'],
      caveat: 'INCLUDES_CAF_2006',
    });
  });
});
