import { NATIONAL_OFFICE_COUNT, NATIONAL_PROGRAMME_CODE, seedNationalRegister } from '@caf/db';
import { CAF_2020, terytProblem, type JstType } from '@caf/schema';
import { createTestDatabase, type TestDatabase } from '../support/database';

/** Offices per JST type in Poland (docs/domain.md §3.1): what the register scales down. */
const REAL: Record<JstType, number> = {
  GMINA_WIEJSKA: 1533,
  GMINA_MIEJSKO_WIEJSKA: 642,
  GMINA_MIEJSKA: 236,
  MIASTO_NA_PRAWACH_POWIATU: 66,
  POWIAT: 314,
  WOJEWODZTWO: 16,
};
const OFFICES = 300;
const CYCLES = [2022, 2024];
const SUB_CRITERIA = CAF_2020.criteria.flatMap(c => c.subCriteria).length;

describe('synthetic national register', () => {
  let first: TestDatabase;
  let second: TestDatabase;
  beforeAll(async () => {
    [first, second] = await Promise.all([createTestDatabase(), createTestDatabase()]);
    await Promise.all(
      [first, second].map(db =>
        seedNationalRegister(db.dataSource, { offices: OFFICES, cycles: CYCLES, seed: 7 }),
      ),
    );
  });
  afterAll(() => Promise.all([first.drop(), second.drop()]));

  it('scales the real mix of JST types, with well-formed TERYT codes', async () => {
    expect(NATIONAL_OFFICE_COUNT).toBe(Object.values(REAL).reduce((a, b) => a + b));
    const offices: { teryt: string; jstType: JstType }[] = await first.dataSource.query(
      'SELECT teryt, jst_type AS "jstType" FROM office',
    );
    expect(offices).toHaveLength(OFFICES);
    expect(offices.filter(o => terytProblem(o.teryt, o.jstType) !== null)).toEqual([]);
    for (const [type, real] of Object.entries(REAL)) {
      const expected = (real * OFFICES) / NATIONAL_OFFICE_COUNT;
      const count = offices.filter(o => o.jstType === type).length;
      expect(Math.abs(count - expected)).toBeLessThanOrEqual(Math.max(2, 0.1 * expected));
    }
  });

  it('spreads offices over every voivodeship and over the size bands', async () => {
    const [row] = await first.dataSource.query(
      `SELECT count(DISTINCT voivodeship_code)::int AS voivodeships,
              count(DISTINCT width_bucket(population, ARRAY[5000, 20000, 50000, 100000]))::int AS "populationBands",
              count(DISTINCT width_bucket(staff_count, ARRAY[26, 76, 201]))::int AS "staffBands"
         FROM office`,
    );
    expect(row).toMatchObject({ voivodeships: 16, populationBands: 5, staffBands: 4 });
  });

  it('gives every office a submitted, fully scored, synthetic assessment per cycle', async () => {
    const [row] = await first.dataSource.query(
      `SELECT (SELECT count(*) FROM office)::int AS offices,
              count(*)::int AS assessments,
              count(*) FILTER (WHERE a.status = 'SUBMITTED' AND a.data_origin = 'SYNTHETIC_DEMO')::int AS "submittedSynthetic",
              count(DISTINCT (a.office_id, a.cycle_year))::int AS "officeCycles",
              min(s.scores)::int AS "fewestScores", max(s.scores)::int AS "mostScores"
         FROM caf_assessment a
         JOIN (SELECT assessment_id, count(DISTINCT sub_criterion_code) AS scores FROM caf_score GROUP BY 1) s
           ON s.assessment_id = a.id
        WHERE a.cycle_year = ANY($1)`,
      [CYCLES],
    );
    const expected = OFFICES * CYCLES.length;
    expect(row).toEqual({
      offices: OFFICES,
      assessments: expected,
      submittedSynthetic: expected,
      officeCycles: expected,
      fewestScores: SUB_CRITERIA,
      mostScores: SUB_CRITERIA,
    });
    const names: { name: string }[] = await first.dataSource.query(
      `SELECT name FROM office WHERE name !~ '\\(syntetyczn[ey]\\)$'
       UNION ALL SELECT name FROM programme WHERE name !~ '\\(syntetyczny\\)$'`,
    );
    expect(names).toEqual([]);
  });

  it('enrols every office in the national programme and leads regional ones; no consents', async () => {
    const programmes: { code: string; members: number; leaders: number }[] =
      await first.dataSource.query(
        `SELECT g.code, count(p.id)::int AS members, count(p.id) FILTER (WHERE p.role = 'LEADER')::int AS leaders
           FROM programme g LEFT JOIN programme_participation p ON p.programme_id = g.id GROUP BY g.code`,
      );
    const national = programmes.find(p => p.code === NATIONAL_PROGRAMME_CODE);
    expect(national).toEqual({ code: NATIONAL_PROGRAMME_CODE, members: OFFICES, leaders: 0 });
    const regional = programmes.filter(p => p !== national);
    expect(regional.length).toBeGreaterThanOrEqual(2);
    regional.forEach(p => expect(p.leaders).toBe(1));
    const [{ consents }] = await first.dataSource.query(
      'SELECT count(*)::int AS consents FROM benchlearning_consent',
    );
    expect(consents).toBe(0);
  });

  it('gives the same data for the same seed and refuses a database that has offices', async () => {
    const fingerprint = (db: TestDatabase) =>
      db.dataSource.query(
        `SELECT (SELECT md5(string_agg(id || teryt || name || population || staff_count, ',' ORDER BY id)) FROM office) AS offices,
                (SELECT md5(string_agg(office_id || '/' || programme_id, ',' ORDER BY id)) FROM programme_participation) AS members,
                (SELECT md5(string_agg(assessment_id || sub_criterion_code || normalised, ',' ORDER BY id)) FROM caf_score) AS scores`,
      );
    expect(await fingerprint(second)).toEqual(await fingerprint(first));
    await expect(seedNationalRegister(first.dataSource, { offices: 10 })).rejects.toThrow(
      /empty database/,
    );
  });
});
