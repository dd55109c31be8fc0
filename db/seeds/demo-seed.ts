import {
  AssessmentEntity,
  CafLabelEntity,
  ImprovementActionEntity,
  IsoCertificationEntity,
  IsoEventEntity,
  OfficeEntity,
  ParticipationEntity,
  ProgrammeEntity,
  ScoreEntity,
} from '../entities';
import type { DataSource, EntityManager } from 'typeorm';
import { DEMO_OFFICES, type DemoOfficeSeed } from './demo-offices.data';
import { DEMO_PROGRAMMES } from './demo-programmes.data';
import { improvementActions, isoHistory, type IsoOutcome } from './demo-history';
import { insertChunked } from './insert-chunked';
import { Prng } from './prng';
import { officeProfile, schemeFor, syntheticScores, versionForYear } from './synthetic-scores';

export interface SeedResult {
  loaded: boolean;
  offices: number;
  assessments: number;
}

/** The demo is generated as of this day, so it is identical whenever it is loaded. */
export const DEMO_AS_OF = '2026-10-31';
const AS_OF_YEAR = Number(DEMO_AS_OF.slice(0, 4));
/** Cycles up to this one are finished and published in the demo; the current one is open. */
export const DEMO_LAST_FINISHED_CYCLE = AS_OF_YEAR - 1;
const SEED = 20090505; // kick-off of the Dzierżoniów programme

/**
 * Loads the demo programme: real offices and programmes, synthetic CAF scores, improvement
 * actions, ISO histories and labels. Does nothing when the demo is already there.
 */
export async function seedDemo(dataSource: DataSource): Promise<SeedResult> {
  return dataSource.transaction(async manager => {
    if (await manager.existsBy(ProgrammeEntity, { code: DEMO_PROGRAMMES[0]!.code })) {
      return { loaded: false, offices: 0, assessments: 0 };
    }
    const prng = new Prng(SEED);
    const offices = DEMO_OFFICES.map(seed => ({ seed, entity: officeEntity(seed, prng.uuid()) }));
    await insertChunked(
      manager,
      OfficeEntity,
      offices.map(o => o.entity),
    );
    await seedProgrammes(manager, offices, prng);
    const assessments = await seedAssessments(
      manager,
      offices.map(o => o.entity),
      prng,
    );
    await seedIso(manager, offices, prng);
    await seedLabels(manager, offices, prng);
    return { loaded: true, offices: offices.length, assessments };
  });
}

function officeEntity(seed: DemoOfficeSeed, id: string): OfficeEntity {
  return Object.assign(new OfficeEntity(), {
    id,
    name: seed.name,
    jstType: seed.jstType,
    teryt: seed.teryt,
    voivodeshipCode: seed.teryt.slice(0, 2),
    population: seed.population,
    staffCount: seed.staffCount,
  });
}

type SeededOffice = { seed: DemoOfficeSeed; entity: OfficeEntity };

async function seedProgrammes(
  manager: EntityManager,
  offices: SeededOffice[],
  prng: Prng,
): Promise<void> {
  for (const programme of DEMO_PROGRAMMES) {
    const { includes, leaderTeryt, ...fields } = programme;
    const entity = Object.assign(new ProgrammeEntity(), { id: prng.uuid(), ...fields });
    await manager.insert(ProgrammeEntity, entity);
    const members = offices.filter(o => o.seed.teryt === leaderTeryt || includes(o.seed));
    await insertChunked(
      manager,
      ParticipationEntity,
      members.map(({ seed, entity: office }) =>
        Object.assign(new ParticipationEntity(), {
          id: prng.uuid(),
          programmeId: entity.id,
          officeId: office.id,
          role: seed.teryt === leaderTeryt ? 'LEADER' : 'PARTICIPANT',
          joinedOn: programme.startsOn,
          leftOn: null,
        }),
      ),
    );
  }
}

async function seedAssessments(
  manager: EntityManager,
  offices: OfficeEntity[],
  prng: Prng,
): Promise<number> {
  const assessments: AssessmentEntity[] = [];
  const scores: ScoreEntity[] = [];
  const actions: ImprovementActionEntity[] = [];
  for (const office of offices) {
    const profile = officeProfile(prng);
    // Every two years, as CAF recommends, in step across the programme so cycles compare.
    for (let year = 2010; year <= AS_OF_YEAR; year += 2) {
      if (prng.chance(0.1)) {
        continue; // a skipped cycle
      }
      const submitted = year < AS_OF_YEAR || prng.chance(0.7);
      const cafVersion = versionForYear(year);
      const assessment = Object.assign(new AssessmentEntity(), {
        id: prng.uuid(),
        officeId: office.id,
        cafVersion,
        scoringScheme: schemeFor(cafVersion, prng),
        cycleYear: year,
        status: submitted ? 'SUBMITTED' : 'DRAFT',
        submittedAt: submitted ? new Date(`${year}-06-30T12:00:00Z`) : null,
        dataOrigin: 'SYNTHETIC_DEMO',
      });
      assessments.push(assessment);
      const generated = syntheticScores(profile, year, assessment.scoringScheme, prng);
      for (const score of generated) {
        scores.push(
          Object.assign(new ScoreEntity(), {
            id: prng.uuid(),
            assessmentId: assessment.id,
            ...score,
          }),
        );
      }
      if (submitted) {
        // The improvement plan targets the weakest sub-criteria of the report.
        const weakest = [...generated].sort((a, b) => a.normalised - b.normalised).slice(0, 3);
        for (const score of weakest) {
          const action = improvementActions(score.criterionNumber, year, AS_OF_YEAR, prng);
          actions.push(
            Object.assign(new ImprovementActionEntity(), {
              id: prng.uuid(),
              officeId: office.id,
              assessmentId: assessment.id,
              subCriterionCode: score.subCriterionCode,
              description: null,
              ...action,
            }),
          );
        }
      }
    }
  }
  await insertChunked(manager, AssessmentEntity, assessments);
  await insertChunked(manager, ScoreEntity, scores);
  await insertChunked(manager, ImprovementActionEntity, actions);
  return assessments.length;
}

async function seedIso(manager: EntityManager, offices: SeededOffice[], prng: Prng): Promise<void> {
  const certifications: IsoCertificationEntity[] = [];
  const events: IsoEventEntity[] = [];
  for (const { seed, entity } of offices) {
    const plan = isoPlan(seed, prng);
    if (!plan) {
      continue;
    }
    if (plan === 'IMPLEMENTING') {
      const certification = demoCertification(entity.id, 'ISO_9001_2015', null, prng);
      certifications.push(certification);
      events.push(demoEvent(certification.id, 'IMPLEMENTATION_STARTED', '2026-03-02', prng));
      continue;
    }
    for (const history of isoHistory(plan.startYear, plan.month, plan.outcome, DEMO_AS_OF, prng)) {
      const certification = demoCertification(
        entity.id,
        history.edition,
        `DEMO-QMS-${seed.teryt}-${history.edition.slice(-4)}`,
        prng,
      );
      certifications.push(certification);
      for (const event of history.events) {
        events.push(
          Object.assign(demoEvent(certification.id, event.type, event.occurredOn, prng), {
            validUntil: event.validUntil,
          }),
        );
      }
    }
  }
  await insertChunked(manager, IsoCertificationEntity, certifications);
  await insertChunked(manager, IsoEventEntity, events);
}

/** Which offices have a quality-management system, and since when (synthetic except as noted). */
function isoPlan(
  seed: DemoOfficeSeed,
  prng: Prng,
): { startYear: number; month: number; outcome: IsoOutcome } | 'IMPLEMENTING' | null {
  if (seed.teryt === '0202021') {
    return { startYear: 2000, month: 11, outcome: 'ONGOING' }; // the first Polish office with ISO 9001 (1999)
  }
  if (seed.teryt === '2610') {
    return { startYear: 2013, month: 1, outcome: 'ONGOING' }; // certification audit planned for Dec 2012/Jan 2013
  }
  if (seed.teryt.startsWith('18')) {
    return prng.chance(0.5)
      ? { startYear: 2014, month: 4, outcome: prng.pick(['ONGOING', 'EXPIRED'] as const) }
      : 'IMPLEMENTING';
  }
  if (seed.jstType === 'WOJEWODZTWO' || !prng.chance(0.5)) {
    return null;
  }
  const outcome = prng.pick([
    'ONGOING',
    'ONGOING',
    'ONGOING',
    'EXPIRED',
    'WITHDRAWN',
    'SUSPENDED',
  ] as const);
  return {
    startYear: Math.floor(prng.between(2003, 2019)),
    month: 1 + Math.floor(prng.next() * 12),
    outcome,
  };
}

function demoCertification(
  officeId: string,
  edition: IsoCertificationEntity['edition'],
  number: string | null,
  prng: Prng,
) {
  return Object.assign(new IsoCertificationEntity(), {
    id: prng.uuid(),
    officeId,
    edition,
    certificationBody: number ? 'Jednostka certyfikująca (dane demonstracyjne)' : null,
    accreditationBody: number ? 'PCA' : null,
    certificateNumber: number,
    scope: 'Świadczenie usług administracji samorządowej',
  });
}

function demoEvent(
  certificationId: string,
  type: IsoEventEntity['type'],
  occurredOn: string,
  prng: Prng,
): IsoEventEntity {
  return Object.assign(new IsoEventEntity(), {
    id: prng.uuid(),
    certificationId,
    type,
    occurredOn,
    validUntil: null,
    note: null,
  });
}

async function seedLabels(
  manager: EntityManager,
  offices: SeededOffice[],
  prng: Prng,
): Promise<void> {
  const labels = offices.flatMap(({ seed, entity }) => {
    if (seed.teryt === '0202') {
      // Real: awarded by MSWiA, valid two years, to January 2018 (docs/domain.md §5.2).
      return [
        {
          awardedOn: '2016-01-15',
          validUntil: '2018-01-15',
          awardedBy: 'MSWiA',
          officeId: entity.id,
        },
      ];
    }
    if (seed.jstType === 'WOJEWODZTWO' || !prng.chance(0.2)) {
      return [];
    }
    const year = Math.floor(prng.between(2016, 2026));
    return [
      {
        awardedOn: `${year}-05-20`,
        validUntil: `${year + 2}-05-20`,
        awardedBy: 'Krajowy organizator PEF (dane demonstracyjne)',
        officeId: entity.id,
      },
    ];
  });
  await insertChunked(
    manager,
    CafLabelEntity,
    labels.map(label => Object.assign(new CafLabelEntity(), { id: prng.uuid(), ...label })),
  );
}
