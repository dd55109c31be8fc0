import type { OfficeEntity } from '@caf/db';
import { type Session, signInAs, signInDemo, startTestApi, type TestApi } from '../../support/api';
import { attack, describeFinding } from './attacker/attack';
import { collectEvidence } from './attacker/collect';
import {
  type Evidence,
  type Finding,
  KnownScores,
  NO_NOISE,
  sumFromMean,
  width,
} from './attacker/evidence';
import { harvest, knownScores } from './attacker/harvest';
import { randomRegister } from './attacker/random-register';
import { readReleasedRegister, type ReleasedRegister } from './attacker/register';
import { largestSumNoiseBound, SUM_NOISE_SD_PER_BOUND } from '../../../server/src/disclosure/noise';

/**
 * What the published rule tells an attacker about the noise on a mean over n offices
 * (docs/disclosure.md): at most the largest bound the rule allows, with the matching spread.
 */
const declaredNoise = (statistic: { n: number | null }) => {
  const bound = largestSumNoiseBound(statistic.n!) / statistic.n!;
  return { bound, sd: SUM_NOISE_SD_PER_BOUND * bound };
};

/**
 * The narrowest interval (hi − lo) an attacker may pin another office's INDEX or criterion score
 * to: the promise of the disclosure engine is 10 (±5 points).
 */
export const PROTECTION_TARGET_WIDTH = 10;

const GRANT =
  'mutation ($o: ID!, $p: ID!) { grantBenchlearningConsent(officeId: $o, partnerOfficeId: $p) { mutual } }';

const report = (label: string, findings: Finding[]) =>
  console.log(
    `${label}: ${findings.length} intervals; narrowest:\n${findings.slice(0, 5).map(describeFinding).join('\n')}`,
  );

describe('inference attack: what an attacker computes from everything it can ask', () => {
  describe('self-check: the attacker pins an office when the numbers leak', () => {
    const rounded = (cycle: number, members: string[], values: Record<string, number>) => {
      const mean = members.reduce((sum, o) => sum + values[o]!, 0) / members.length;
      return {
        cycle,
        key: 'INDEX',
        members,
        ...sumFromMean(Math.round(mean * 10) / 10, members.length, NO_NOISE),
        source: members.join(''),
      };
    };
    const values = { a: 61.3, b: 47.9, c: 72.4, d: 55.5, e: 38.2, x: 83.7 };

    it('two nested groups one office apart pin it to the rounding of their means', async () => {
      const evidence: Evidence = {
        sums: [
          rounded(2024, ['a', 'b', 'c', 'd', 'e'], values),
          rounded(2024, ['a', 'b', 'c', 'd', 'e', 'x'], values),
        ],
        bands: [],
      };
      const [narrowest] = await attack(evidence);
      expect(narrowest).toMatchObject({ officeId: 'x' });
      // Worst case: each sum within n × 0.05 of n × mean, so x within (5 + 6) × 0.05.
      expect(width(narrowest!)).toBeLessThanOrEqual(2 * 11 * 0.05 + 1e-9);
      expect(narrowest!.lo).toBeLessThanOrEqual(83.7);
      expect(narrowest!.hi).toBeGreaterThanOrEqual(83.7);
    });

    it('linear programming finds what no pair shows: inclusion–exclusion of four groups', async () => {
      // {a,b,c,x} − {a,b,d} − {c,e} + {d,e} = x
      const evidence: Evidence = {
        sums: [
          ['a', 'b', 'c', 'x'],
          ['a', 'b', 'd'],
          ['c', 'e'],
          ['d', 'e'],
        ].map(g => rounded(2024, g, values)),
        bands: [],
      };
      const x = (await attack(evidence)).find(f => f.officeId === 'x')!;
      expect(x.method).toBe('lp');
      expect(width(x)).toBeLessThanOrEqual(2 * (4 + 3 + 2 + 2) * 0.05 + 1e-9);
      expect(x.lo).toBeLessThanOrEqual(83.7);
      expect(x.hi).toBeGreaterThanOrEqual(83.7);
    });

    it('an office user who knows a partner isolates the third member of a group', async () => {
      const known = new KnownScores();
      known.set(2024, 'INDEX', 'a', 61.3);
      known.set(2024, 'INDEX', 'b', 47.9);
      const evidence: Evidence = { sums: [rounded(2024, ['a', 'b', 'x'], values)], bands: [] };
      const [x] = await attack(evidence, known);
      expect(x).toMatchObject({ officeId: 'x' });
      expect(width(x!)).toBeLessThan(0.5);
    });

    it('band counts of nested groups bound the office between them', async () => {
      const members = ['a', 'b', 'c', 'd', 'e'];
      const evidence: Evidence = {
        sums: [rounded(2024, members, values), rounded(2024, [...members, 'x'], values)].map(s => ({
          ...s,
          halfWidth: 1000,
          variance: 1e6,
        })),
        bands: [
          { cycle: 2024, key: 'INDEX', members, counts: [0, 0, 1, 3, 1, 0], source: 'inner' },
          {
            cycle: 2024,
            key: 'INDEX',
            members: [...members, 'x'],
            counts: [0, 0, 1, 3, 2, 0],
            source: 'outer',
          },
        ],
      };
      const x = (await attack(evidence)).find(f => f.officeId === 'x')!;
      expect([x.lo, x.hi]).toEqual([70.5, 90.5]);
    });
  });

  /**
   * Harvests, attacks and checks the attacker is sound (every worst-case interval holds the true
   * score); returns the findings, narrowest first.
   */
  async function attackAs(
    api: TestApi,
    register: ReleasedRegister,
    label: string,
    principal: Session,
    knownOfficeIds: string[] = [],
    options: { withoutPerturbation?: boolean } = {},
  ): Promise<Finding[]> {
    const started = Date.now();
    // With noise shared across keys, sub-criterion means add nothing the criteria do not
    // (collect.ts); without noise, the criteria alone already pin scores.
    const harvested = await harvest(principal, register, { level: 'CRITERION' });
    const known = await knownScores(principal, knownOfficeIds, [...register.keys()]);
    const harvestMs = Date.now() - started;
    const truth = new Map<string, number>(
      (
        await api.db.dataSource.query(
          `SELECT cycle_year AS cycle, key, office_id AS office, score FROM released_score WHERE key NOT LIKE '%.%'`,
        )
      ).map((r: { cycle: number; key: string; office: string; score: number }) => [
        `${r.cycle}|${r.key}|${r.office}`,
        r.score,
      ]),
    );
    // The same publication as if the engine did not perturb: true means, rounded to 0.1.
    const groups = options.withoutPerturbation
      ? harvested.groups.map(group => ({
          ...group,
          statistics: group.statistics
            .filter(statistic => statistic.mean !== null && !statistic.key.includes('.'))
            .map(statistic => {
              const values = group.members.map(m =>
                truth.get(`${group.cycle}|${statistic.key}|${m}`)!,
              );
              const mean = values.reduce((a, b) => a + b, 0) / values.length;
              return { ...statistic, mean: Math.round(mean * 10) / 10, levelShares: null };
            }),
        }))
      : harvested.groups;
    const evidence = options.withoutPerturbation
      ? collectEvidence(groups)
      : collectEvidence(groups, declaredNoise, {
          bandCountsPerturbed: true,
          noiseSharedAcrossKeys: true,
        });
    const findings = await attack(evidence, known);
    const attackMs = Date.now() - started - harvestMs;
    for (const finding of findings.filter(f => f.method !== 'least-squares')) {
      const value = truth.get(`${finding.cycle}|${finding.key}|${finding.officeId}`)!;
      expect([finding.lo - 1e-6 <= value, value <= finding.hi + 1e-6]).toEqual([true, true]);
    }
    expect(findings.some(f => knownOfficeIds.includes(f.officeId))).toBe(false);
    report(
      `${label}: ${harvested.asked - harvested.withheld} of ${harvested.asked} groups published (harvest ${harvestMs} ms, attack ${attackMs} ms)`,
      findings,
    );
    return findings;
  }

  const narrowestWidth = (findings: Finding[]) => Math.min(...findings.map(width));

  describe('on the demo (every released cycle)', () => {
    let api: TestApi;
    let register: ReleasedRegister;
    beforeAll(async () => {
      api = await startTestApi({ demo: true, pool: { poolSize: 4 } });
      register = await readReleasedRegister(api.db.dataSource);
    });
    afterAll(() => api.close());

    it('as the office user, who knows its own scores and a partner’s', async () => {
      const [own, partner] = await Promise.all(
        ['0202021', '0201011'].map(async teryt => {
          const [{ id }] = await api.db.dataSource.query('SELECT id FROM office WHERE teryt = $1', [
            teryt,
          ]);
          return id as string;
        }),
      );
      const user = await signInDemo(api, 'OFFICE_EDITOR');
      const partnerUser = await signInAs(api, [{ role: 'OFFICE_EDITOR', officeId: partner }]);
      await user.gql(GRANT, { o: own, p: partner });
      expect((await partnerUser.gql(GRANT, { o: partner, p: own })).data).toEqual({
        grantBenchlearningConsent: [expect.objectContaining({ mutual: true })],
      });
      const findings = await attackAs(api, register, 'demo office user', user, [own!, partner!]);
      expect(narrowestWidth(findings)).toBeGreaterThanOrEqual(PROTECTION_TARGET_WIDTH);
    });

    it('as the programme leader', async () => {
      const findings = await attackAs(
        api,
        register,
        'demo leader',
        await signInDemo(api, 'PROGRAMME_LEADER'),
      );
      expect(narrowestWidth(findings)).toBeGreaterThanOrEqual(PROTECTION_TARGET_WIDTH);
    });

    it('as the ministry', async () => {
      const findings = await attackAs(
        api,
        register,
        'demo ministry',
        await signInDemo(api, 'MINISTRY_ANALYST'),
      );
      expect(narrowestWidth(findings)).toBeGreaterThanOrEqual(PROTECTION_TARGET_WIDTH);
    });
  });

  describe('on a random register', () => {
    let api: TestApi;
    let register: ReleasedRegister;
    let offices: OfficeEntity[];
    beforeAll(async () => {
      api = await startTestApi({ pool: { poolSize: 4 } });
      const admin = await signInAs(api, [{ role: 'ADMIN' }]);
      offices = await randomRegister(api.db.dataSource, admin, {
        count: 100,
        cycleYear: 2024,
        seed: 8,
      });
      register = await readReleasedRegister(api.db.dataSource);
    });
    afterAll(() => api.close());

    it('as an office user with a partner', async () => {
      const [own, partner] = offices;
      const user = await signInAs(api, [{ role: 'OFFICE_EDITOR', officeId: own!.id }]);
      const partnerUser = await signInAs(api, [{ role: 'OFFICE_EDITOR', officeId: partner!.id }]);
      await user.gql(GRANT, { o: own!.id, p: partner!.id });
      await partnerUser.gql(GRANT, { o: partner!.id, p: own!.id });
      const findings = await attackAs(api, register, 'random office user', user, [
        own!.id,
        partner!.id,
      ]);
      expect(narrowestWidth(findings)).toBeGreaterThanOrEqual(PROTECTION_TARGET_WIDTH);
    });

    it('as the ministry', async () => {
      const ministry = await signInAs(api, [{ role: 'MINISTRY_ANALYST' }]);
      const findings = await attackAs(api, register, 'random ministry', ministry);
      expect(narrowestWidth(findings)).toBeGreaterThanOrEqual(PROTECTION_TARGET_WIDTH);
    });

    it('pins scores as the ministry once the perturbation is removed', async () => {
      const ministry = await signInAs(api, [{ role: 'MINISTRY_ANALYST' }]);
      const findings = await attackAs(api, register, 'random ministry, unperturbed', ministry, [], {
        withoutPerturbation: true,
      });
      expect(narrowestWidth(findings)).toBeLessThan(PROTECTION_TARGET_WIDTH);
    });
  });
});
