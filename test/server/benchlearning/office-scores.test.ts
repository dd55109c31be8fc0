import { signInAs, startTestApi, type TestApi } from '../../support/api';
import { createOffice, createSubmittedAssessment } from '../../support/fixtures';

/** An office's own named scores round by the benchmarks' rule: exact, half up. */
describe('officeScores rounding', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api.close());

  it('rounds a true x.x5 criterion mean up and keeps sub-criterion scores as entered', async () => {
    const office = await createOffice(api.db.dataSource);
    // Criterion 1 of CAF 2020 has four sub-criteria: 56, 56, 56 and 57 make exactly 56.25.
    await createSubmittedAssessment(api.db.dataSource, office, {
      cycleYear: 2024,
      release: false,
      scoreOf: code => (code === '1.4' ? 57 : code.startsWith('1.') ? 56 : 60),
    });
    const viewer = await signInAs(api, [{ role: 'OFFICE_VIEWER', officeId: office.id }]);
    const { data } = await viewer.gql<{
      officeScores: { scores: { key: string; score: number }[] };
    }>('query ($o: ID!) { officeScores(officeId: $o, cycleYear: 2024) { scores { key score } } }', {
      o: office.id,
    });
    const score = new Map(data!.officeScores.scores.map(s => [s.key, s.score]));
    expect(score.get('1')).toBe(56.3);
    expect(score.get('1.4')).toBe(57);
    // (56.25 + 8 × 60) / 9 = 59.583…
    expect(score.get('INDEX')).toBe(59.6);
  });
});
