import {
  AssessmentEntity,
  OfficeEntity,
  ParticipationEntity,
  ProgrammeEntity,
  RoleAssignmentEntity,
  ScoreEntity,
  UserEntity,
} from '@caf/db';
import { allSubCriterionCodes, criterionOf, type CafVersionCode, type UserRole } from '@caf/schema';
import { hashPassword } from '../../server/src/auth/password';
import { releaseCycle } from '../../server/src/benchmark/release-verdicts';
import type { DataSource } from 'typeorm';

let sequence = 0;

const TYPE_DIGIT: Partial<Record<OfficeEntity['jstType'], string>> = {
  GMINA_MIEJSKA: '1',
  GMINA_WIEJSKA: '2',
  GMINA_MIEJSKO_WIEJSKA: '3',
};

/** A gmina in dolnośląskie (rural unless `jstType` says otherwise) with a unique, valid TERYT code. */
export async function createOffice(
  ds: DataSource,
  overrides: Partial<OfficeEntity> = {},
): Promise<OfficeEntity> {
  sequence += 1;
  const powiat = String(1 + (sequence % 30)).padStart(2, '0');
  const gmina = String(1 + Math.floor(sequence / 30)).padStart(2, '0');
  const jstType = overrides.jstType ?? 'GMINA_WIEJSKA';
  return ds.getRepository(OfficeEntity).save({
    name: `Urząd Gminy Testowa ${sequence}`,
    jstType,
    teryt: `02${powiat}${gmina}${TYPE_DIGIT[jstType] ?? '2'}`,
    voivodeshipCode: '02',
    population: 5000 + sequence,
    staffCount: 30,
    ...overrides,
  });
}

export async function createProgramme(
  ds: DataSource,
  overrides: Partial<ProgrammeEntity> = {},
): Promise<ProgrammeEntity> {
  sequence += 1;
  return ds.getRepository(ProgrammeEntity).save({
    code: `test-${sequence}`,
    name: `Program testowy ${sequence}`,
    startsOn: '2020-01-01',
    minGroupSize: 5,
    ...overrides,
  });
}

/**
 * Adds programme members. Membership is frozen into released cycles, so cycles already released
 * are released again (directly, without ReleaseService's guards) to take the members in.
 */
export async function addParticipants(
  ds: DataSource,
  programme: ProgrammeEntity,
  offices: OfficeEntity[],
): Promise<void> {
  await ds.transaction(async manager => {
    await manager.getRepository(ParticipationEntity).insert(
      offices.map(office => ({
        programmeId: programme.id,
        officeId: office.id,
        role: 'PARTICIPANT' as const,
        joinedOn: programme.startsOn,
      })),
    );
    const released: { cycleYear: number }[] = await manager.query(
      'SELECT cycle_year AS "cycleYear" FROM cycle_release',
    );
    for (const { cycleYear } of released) {
      await releaseCycle(manager, cycleYear);
    }
  });
}

/** A submitted classical 0–100 assessment whose every sub-criterion gets `scoreOf(code)`. */
export async function createSubmittedAssessment(
  ds: DataSource,
  office: OfficeEntity,
  {
    cycleYear,
    cafVersion = '2020',
    scoreOf,
    release = true,
  }: {
    cycleYear: number;
    cafVersion?: CafVersionCode;
    scoreOf: (code: string) => number;
    /** Release (freeze) the cycle at once, as most benchmark tests want. */
    release?: boolean;
  },
): Promise<AssessmentEntity> {
  return ds.transaction(async manager => {
    const assessment = await manager.getRepository(AssessmentEntity).save({
      officeId: office.id,
      cafVersion,
      scoringScheme: 'CLASSICAL_0_100',
      cycleYear,
      status: 'SUBMITTED',
      submittedAt: new Date(`${cycleYear}-06-30T12:00:00Z`),
      dataOrigin: 'ENTERED',
    });
    await manager.getRepository(ScoreEntity).insert(
      allSubCriterionCodes(cafVersion).map(code => ({
        assessmentId: assessment.id,
        subCriterionCode: code,
        criterionNumber: criterionOf(code),
        scale: 'CLASSICAL_0_100' as const,
        rawScore: scoreOf(code),
        normalised: scoreOf(code),
      })),
    );
    if (release) {
      // Released directly, bypassing ReleaseService's guards, which have tests of their own.
      await releaseCycle(manager, cycleYear);
    }
    return assessment;
  });
}

export const TEST_PASSWORD = 'correct-horse-battery';

/** An active account with the given role grants, ready for `api.signIn(email, TEST_PASSWORD)`. */
export async function createUser(
  ds: DataSource,
  grants: { role: UserRole; programmeId?: string; officeId?: string }[],
  email = `user${++sequence}@test.caf-benchmark.pl`,
): Promise<UserEntity> {
  const user = await ds.getRepository(UserEntity).save({
    email,
    displayName: `Test user ${sequence}`,
    passwordHash: await hashPassword(TEST_PASSWORD),
    status: 'ACTIVE',
  });
  if (grants.length === 0) {
    return user;
  }
  await ds.getRepository(RoleAssignmentEntity).insert(
    grants.map(grant => ({
      userId: user.id,
      role: grant.role,
      programmeId: grant.programmeId ?? null,
      officeId: grant.officeId ?? null,
    })),
  );
  return user;
}
