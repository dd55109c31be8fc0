import type { OfficeEntity } from '@caf/db';
import type { DataSource } from 'typeorm';
import type { Session } from '../../../support/api';
import {
  addParticipants,
  createOffice,
  createProgramme,
  createSubmittedAssessment,
} from '../../../support/fixtures';
import { waitFor } from '../../../support/wait';

const VOIVODESHIPS = ['02', '04', '06', '08', '10'];
const GMINA_TYPES = [
  ['GMINA_MIEJSKA', '1'],
  ['GMINA_WIEJSKA', '2'],
  ['GMINA_MIEJSKO_WIEJSKA', '3'],
] as const;

/** A small deterministic generator (mulberry32), so a failure can be replayed. */
export function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/**
 * A random register of `count` gminas in a few voivodeships, with random sizes, two programmes and
 * one submitted assessment each in `cycleYear` (CAF 2020 or 2013, scores around an office level),
 * released through the API by `admin`. Returns the offices.
 */
export async function randomRegister(
  db: DataSource,
  admin: Session,
  { count, cycleYear, seed }: { count: number; cycleYear: number; seed: number },
): Promise<OfficeEntity[]> {
  const random = prng(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const offices: OfficeEntity[] = [];
  for (let i = 0; i < count; i += 1) {
    const voivodeshipCode = pick(VOIVODESHIPS);
    const [jstType, digit] = pick(GMINA_TYPES);
    const powiat = String(1 + (i % 50)).padStart(2, '0');
    const gmina = String(1 + Math.floor(i / 50)).padStart(2, '0');
    const office = await createOffice(db, {
      jstType,
      voivodeshipCode,
      teryt: `${voivodeshipCode}${powiat}${gmina}${digit}`,
      population: Math.round(10 ** (3 + random() * 2.5)),
      staffCount: Math.round(10 ** (1 + random() * 1.7)),
    });
    const level = 20 + random() * 70;
    const spread = random() * 15;
    await createSubmittedAssessment(db, office, {
      cycleYear,
      cafVersion: random() < 0.7 ? '2020' : '2013',
      scoreOf: () => Math.round(Math.min(100, Math.max(0, level + (random() - 0.5) * 2 * spread))),
      release: false,
    });
    offices.push(office);
  }
  for (const share of [0.3, 0.15]) {
    await addParticipants(
      db,
      await createProgramme(db),
      offices.filter(() => random() < share),
    );
  }
  const released = await admin.gql(
    'mutation ($c: Int!) { releaseCycle(cycleYear: $c) { cycleYear } }',
    { c: cycleYear },
  );
  if (released.errors) {
    throw new Error(`releaseCycle: ${JSON.stringify(released.errors)}`);
  }
  // A release may run as a background job: wait until the cycle is listed as released.
  await waitFor(
    async () =>
      (
        await admin.gql<{ cycleReleases: { cycleYear: number }[] }>(
          '{ cycleReleases { cycleYear } }',
        )
      ).data?.cycleReleases.some(release => release.cycleYear === cycleYear) ?? false,
    { what: `cycle ${cycleYear} released`, timeoutMs: 40_000 },
  );
  return offices;
}
