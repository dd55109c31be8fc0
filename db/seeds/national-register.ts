import type { DataSource, EntityManager } from 'typeorm';
import {
  AssessmentEntity,
  OfficeEntity,
  ParticipationEntity,
  ProgrammeEntity,
  ScoreEntity,
} from '../entities';
import { insertChunked } from './insert-chunked';
import { NATIONAL_OFFICE_COUNT, nationalOffices } from './national-offices';
import { Prng } from './prng';
import { officeProfile, schemeFor, syntheticScores, versionForYear } from './synthetic-scores';

export { NATIONAL_OFFICE_COUNT };

export interface NationalRegisterOptions {
  /** Offices in the register, at most every Polish JST office (the default). */
  offices?: number;
  /** Cycles in which every office has a submitted self-assessment. */
  cycles?: number[];
  seed?: number;
}

export interface NationalRegisterResult {
  offices: number;
  programmes: number;
  assessments: number;
  scores: number;
}

export const NATIONAL_REGISTER_CYCLES: readonly number[] = [2020, 2022, 2024];
export const NATIONAL_PROGRAMME_CODE = 'krajowy-program-caf-syntetyczny';
const SYNTHETIC_NOTE =
  'Rejestr syntetyczny do testów skali: urzędy, uczestnicy i wyniki CAF są wygenerowane, nie prawdziwe.';

interface ProgrammePlan {
  code: string;
  name: string;
  /** null: every office; otherwise offices of these voivodeships, a leader and a sample. */
  voivodeships: string[] | null;
}

/** A national programme and regional ones led by an office, like Dzierżoniów's (docs/domain.md §5). */
const PROGRAMMES: readonly ProgrammePlan[] = [
  {
    code: NATIONAL_PROGRAMME_CODE,
    name: 'Ogólnopolski program samooceny CAF w JST (syntetyczny)',
    voivodeships: null,
  },
  {
    code: 'regionalny-dolnoslasko-malopolski-syntetyczny',
    name: 'Regionalny program CAF Dolnego Śląska i Małopolski (syntetyczny)',
    voivodeships: ['02', '12'],
  },
  {
    code: 'regionalny-podkarpacki-syntetyczny',
    name: 'Regionalny program CAF Podkarpacia (syntetyczny)',
    voivodeships: ['18'],
  },
  {
    code: 'regionalny-wielkopolsko-lubuski-syntetyczny',
    name: 'Regionalny program CAF Wielkopolski i Ziemi Lubuskiej (syntetyczny)',
    voivodeships: ['30', '08'],
  },
];
/** Share of a region's offices that join its programme besides the leader. */
const REGIONAL_UPTAKE = 0.1;

/**
 * Loads a synthetic national register into an empty migrated database: offices with TERYT-shaped
 * codes in the real mix of voivodeships and JST types, programmes, and a submitted self-assessment
 * with synthetic scores (data_origin SYNTHETIC_DEMO) per office and cycle. No benchlearning
 * consents. The same options give the same data, ids included.
 */
export async function seedNationalRegister(
  db: DataSource | EntityManager,
  options: NationalRegisterOptions = {},
): Promise<NationalRegisterResult> {
  const {
    offices: count = NATIONAL_OFFICE_COUNT,
    cycles = NATIONAL_REGISTER_CYCLES,
    seed = 20200101,
  } = options;
  if (cycles.length === 0) {
    throw new RangeError('A national register needs at least one cycle.');
  }
  const manager = 'manager' in db ? db.manager : db;
  return manager.transaction(async tx => {
    if (await tx.exists(OfficeEntity)) {
      throw new Error('The national register loads into an empty database only: offices exist.');
    }
    const prng = new Prng(seed);
    const offices = nationalOffices(count, prng);
    await insertChunked(tx, OfficeEntity, offices);
    const programmes = await seedProgrammes(tx, offices, Math.min(...cycles), prng);
    const { assessments, scores } = await seedAssessments(
      tx,
      offices,
      [...new Set(cycles)].sort((a, b) => a - b),
      prng,
    );
    // Fresh tables have no statistics: a release right after would plan for empty tables.
    await tx.query('ANALYZE office, programme, programme_participation, caf_assessment, caf_score');
    return { offices: offices.length, programmes, assessments, scores };
  });
}

async function seedProgrammes(
  manager: EntityManager,
  offices: OfficeEntity[],
  firstCycle: number,
  prng: Prng,
): Promise<number> {
  const participations: ParticipationEntity[] = [];
  for (const plan of PROGRAMMES) {
    const regional = plan.voivodeships;
    const candidates = regional
      ? offices.filter(o => regional.includes(o.voivodeshipCode) && o.jstType !== 'WOJEWODZTWO')
      : offices;
    const leader = regional
      ? (candidates.find(o => o.jstType === 'GMINA_MIEJSKA') ?? candidates[0])
      : undefined;
    const programme = Object.assign(new ProgrammeEntity(), {
      id: prng.uuid(),
      code: plan.code,
      name: plan.name,
      description: SYNTHETIC_NOTE,
      fundingSource: null,
      startsOn: `${firstCycle - 1}-09-01`,
      endsOn: null,
      minGroupSize: 5,
    });
    await manager.insert(ProgrammeEntity, programme);
    for (const office of candidates) {
      if (office === leader || !regional || prng.chance(REGIONAL_UPTAKE)) {
        participations.push(
          Object.assign(new ParticipationEntity(), {
            id: prng.uuid(),
            programmeId: programme.id,
            officeId: office.id,
            role: office === leader ? 'LEADER' : 'PARTICIPANT',
            joinedOn: programme.startsOn,
            leftOn: null,
          }),
        );
      }
    }
  }
  await insertChunked(manager, ParticipationEntity, participations);
  return PROGRAMMES.length;
}

async function seedAssessments(
  manager: EntityManager,
  offices: OfficeEntity[],
  cycles: number[],
  prng: Prng,
): Promise<{ assessments: number; scores: number }> {
  const assessments: AssessmentEntity[] = [];
  const scores: ScoreEntity[] = [];
  for (const office of offices) {
    const profile = officeProfile(prng);
    for (const year of cycles) {
      const cafVersion = versionForYear(year);
      const assessment = Object.assign(new AssessmentEntity(), {
        id: prng.uuid(),
        officeId: office.id,
        cafVersion,
        scoringScheme: schemeFor(cafVersion, prng),
        cycleYear: year,
        status: 'SUBMITTED',
        submittedAt: new Date(`${year}-06-30T12:00:00Z`),
        dataOrigin: 'SYNTHETIC_DEMO',
      });
      assessments.push(assessment);
      for (const score of syntheticScores(profile, year, assessment.scoringScheme, prng)) {
        scores.push(
          Object.assign(new ScoreEntity(), {
            id: prng.uuid(),
            assessmentId: assessment.id,
            ...score,
          }),
        );
      }
    }
  }
  await insertChunked(manager, AssessmentEntity, assessments);
  await insertChunked(manager, ScoreEntity, scores);
  return { assessments: assessments.length, scores: scores.length };
}
