import { createTestDatabase, type TestDatabase } from '../support/database';

/** The database itself refuses bad rows, whatever path (import, psql, a future service) writes them. */
describe('database constraints', () => {
  let db: TestDatabase;
  let officeId: string;
  beforeAll(async () => {
    db = await createTestDatabase();
    [{ id: officeId }] = await db.dataSource.query(
      `INSERT INTO office (name, jst_type, teryt, voivodeship_code, population, staff_count)
       VALUES ('Urząd Gminy Testowa', 'GMINA_WIEJSKA', '0201012', '02', 5000, 30) RETURNING id`,
    );
  });
  afterAll(() => db.drop());

  const insertOffice = (jstType: string, teryt: string, voivodeship = teryt.slice(0, 2)) =>
    db.dataSource.query(
      `INSERT INTO office (name, jst_type, teryt, voivodeship_code, population, staff_count) VALUES ('X', $1, $2, $3, 100, 1)`,
      [jstType, teryt, voivodeship],
    );

  it.each([
    ['GMINA_WIEJSKA', '0201011', 'type digit 1 is an urban gmina'],
    ['GMINA_MIEJSKA', '0264011', 'PP 64 is a city with county rights'],
    ['MIASTO_NA_PRAWACH_POWIATU', '0201011', 'PP 01 is a powiat'],
    ['POWIAT', '020101', 'a powiat code has 4 digits'],
    ['GMINA_MIEJSKA', '0301011', '03 is not a voivodeship'],
    ['GMINA_MIEJSKO_WIEJSKA', '0201014', 'digit 4 is a town within a gmina, not an office'],
  ])('rejects %s with TERYT %s (%s)', async (jstType, teryt) => {
    await expect(insertOffice(jstType, teryt)).rejects.toThrow(/CHK_OFFICE/);
  });

  it('rejects a voivodeship that disagrees with the TERYT prefix', async () => {
    await expect(insertOffice('GMINA_WIEJSKA', '0201022', '12')).rejects.toThrow(
      /CHK_OFFICE_VOIVODESHIP/,
    );
  });

  it('allows one assessment per office, CAF version and cycle', async () => {
    const insert = () =>
      db.dataSource.query(
        `INSERT INTO caf_assessment (office_id, caf_version, scoring_scheme, cycle_year, data_origin)
         VALUES ($1, '2020', 'CLASSICAL_0_100', 2024, 'ENTERED') RETURNING id`,
        [officeId],
      );
    const [{ id }] = await insert();
    await expect(insert()).rejects.toThrow(/IDX_ASSESSMENT_OFFICE_VERSION_CYCLE/);

    const score = (scale: string, raw: number | null, code = '1.1', criterion = 1) =>
      db.dataSource.query(
        `INSERT INTO caf_score (assessment_id, sub_criterion_code, criterion_number, scale, raw_score, normalised)
         VALUES ($1, $2, $3, $4, $5, 50)`,
        [id, code, criterion, scale, raw],
      );
    await expect(score('CLASSICAL_0_5', 6)).rejects.toThrow(/CHK_SCORE_RAW/);
    await expect(score('FINE_TUNED_PDCA', 50)).rejects.toThrow(/CHK_SCORE_RAW/);
    await expect(score('CLASSICAL_0_100', 50, '1.1', 2)).rejects.toThrow(/CHK_SCORE_CRITERION/);
    await expect(score('CLASSICAL_0_100', 50, '10.1', 10)).rejects.toThrow(
      /CHK_SCORE_SUB_CRITERION/,
    );
    await score('CLASSICAL_0_100', 50);
    await expect(score('CLASSICAL_0_100', 60)).rejects.toThrow(
      /IDX_SCORE_ASSESSMENT_SUB_CRITERION/,
    );
  });

  it('keeps status and submission time consistent', async () => {
    await expect(
      db.dataSource.query(
        `INSERT INTO caf_assessment (office_id, caf_version, scoring_scheme, cycle_year, data_origin, status)
         VALUES ($1, '2013', 'CLASSICAL_0_100', 2016, 'ENTERED', 'SUBMITTED')`,
        [officeId],
      ),
    ).rejects.toThrow(/CHK_ASSESSMENT_SUBMITTED_AT/);
  });

  it('refuses a programme minimum group size below 3', async () => {
    await expect(
      db.dataSource.query(
        `INSERT INTO programme (code, name, starts_on, min_group_size) VALUES ('k2', 'K2', '2020-01-01', 2)`,
      ),
    ).rejects.toThrow(/CHK_PROGRAMME_MIN_GROUP_SIZE/);
  });

  it('requires an expiry date on certification decisions only', async () => {
    const [{ id }] = await db.dataSource.query(
      `INSERT INTO iso_certification (office_id, edition) VALUES ($1, 'ISO_9001_2015') RETURNING id`,
      [officeId],
    );
    const event = (type: string, validUntil: string | null) =>
      db.dataSource.query(
        `INSERT INTO iso_event (certification_id, type, occurred_on, valid_until) VALUES ($1, $2, '2020-01-10', $3)`,
        [id, type, validUntil],
      );
    await expect(event('CERTIFIED', null)).rejects.toThrow(/CHK_ISO_EVENT_VALID_UNTIL/);
    await expect(event('SURVEILLANCE_AUDIT', '2023-01-10')).rejects.toThrow(
      /CHK_ISO_EVENT_VALID_UNTIL/,
    );
    await event('CERTIFIED', '2023-01-09');
  });
});
