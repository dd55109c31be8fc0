import { seedDemo } from '@caf/db';
import { createTestDatabase, type TestDatabase } from '../support/database';

describe('demo seed', () => {
  let demo: TestDatabase;
  let fresh: TestDatabase;
  beforeAll(async () => {
    [demo, fresh] = await Promise.all([createTestDatabase({ demo: true }), createTestDatabase()]);
  });
  afterAll(() => Promise.all([demo.drop(), fresh.drop()]));

  const fingerprint = (db: TestDatabase) =>
    db.dataSource.query(
      `SELECT (SELECT md5(string_agg(id || teryt || name, ',' ORDER BY id)) FROM office) AS offices,
              (SELECT md5(string_agg(assessment_id || sub_criterion_code || normalised, ',' ORDER BY id)) FROM caf_score) AS scores,
              (SELECT md5(string_agg(certification_id::text || type::text || occurred_on::text, ',' ORDER BY id)) FROM iso_event) AS iso`,
    );

  it('is deterministic and loads only once', async () => {
    expect(await seedDemo(fresh.dataSource)).toMatchObject({ loaded: true });
    expect(await seedDemo(fresh.dataSource)).toMatchObject({ loaded: false });
    expect(await fingerprint(fresh)).toEqual(await fingerprint(demo));
  });

  it('holds the real offices of the sources and enough peers', async () => {
    const names: string[] = (await demo.dataSource.query('SELECT name FROM office')).map(
      (r: { name: string }) => r.name,
    );
    expect(names.length).toBeGreaterThanOrEqual(40);
    expect(names).toEqual(
      expect.arrayContaining([
        'Urząd Miasta Dzierżoniów',
        'Starostwo Powiatowe w Dzierżoniowie',
        'Urząd Gminy Sękowa',
        'Starostwo Powiatowe w Skarżysku-Kamiennej',
      ]),
    );
    const [{ leader }] = await demo.dataSource.query(
      `SELECT o.name AS leader FROM programme_participation p JOIN office o ON o.id = p.office_id
        JOIN programme g ON g.id = p.programme_id WHERE g.code = 'dzierzoniow-2009' AND p.role = 'LEADER'`,
    );
    expect(leader).toBe('Urząd Miasta Dzierżoniów');
  });

  it('labels every score as synthetic demo data, over several cycles', async () => {
    const [row] = await demo.dataSource.query(
      `SELECT count(*) FILTER (WHERE data_origin <> 'SYNTHETIC_DEMO')::int AS real, count(DISTINCT cycle_year)::int AS cycles FROM caf_assessment`,
    );
    expect(row).toEqual({ real: 0, cycles: expect.any(Number) });
    expect(row.cycles).toBeGreaterThanOrEqual(5);
  });

  it('makes results follow enablers and improve over the cycles', async () => {
    const [{ correlation }] = await demo.dataSource.query(
      `WITH per_assessment AS (
         SELECT assessment_id,
                avg(normalised) FILTER (WHERE criterion_number <= 5) AS enablers,
                avg(normalised) FILTER (WHERE criterion_number >= 6) AS results
           FROM caf_score GROUP BY assessment_id)
       SELECT corr(enablers, results) AS correlation FROM per_assessment`,
    );
    expect(correlation).toBeGreaterThan(0.6);
    const trend = await demo.dataSource.query(
      `SELECT a.cycle_year, avg(s.normalised)::float8 AS mean FROM caf_assessment a JOIN caf_score s ON s.assessment_id = a.id
        WHERE a.cycle_year IN (2010, 2024) GROUP BY a.cycle_year ORDER BY a.cycle_year`,
    );
    expect(trend[1].mean).toBeGreaterThan(trend[0].mean + 10);
  });
});
