import { AssessmentEntity } from './assessment.entity';
import { AuditLogEntity } from './audit-log.entity';
import { BenchlearningConsentEntity } from './benchlearning-consent.entity';
import { CafLabelEntity } from './caf-label.entity';
import { CycleReleaseEntity } from './cycle-release.entity';
import { ImprovementActionEntity } from './improvement-action.entity';
import { InvitationEntity } from './invitation.entity';
import { IsoCertificationEntity } from './iso-certification.entity';
import { IsoEventEntity } from './iso-event.entity';
import { OfficeEntity } from './office.entity';
import { ParticipationEntity } from './participation.entity';
import { ProgrammeEntity } from './programme.entity';
import { ReleaseJobEntity, ReleaseJobStatus } from './release-job.entity';
import { ReleasedGroupEntity } from './released-group.entity';
import { ReleasedOfficeEntity } from './released-office.entity';
import { ReleasedScoreEntity } from './released-score.entity';
import { RoleAssignmentEntity } from './role-assignment.entity';
import { ScoreEntity } from './score.entity';
import { SessionEntity } from './session.entity';
import { SignInThrottleEntity } from './sign-in-throttle.entity';
import { UserEntity } from './user.entity';

export {
  AssessmentEntity,
  AuditLogEntity,
  BenchlearningConsentEntity,
  CafLabelEntity,
  CycleReleaseEntity,
  ImprovementActionEntity,
  InvitationEntity,
  IsoCertificationEntity,
  IsoEventEntity,
  OfficeEntity,
  ParticipationEntity,
  ProgrammeEntity,
  ReleaseJobEntity,
  ReleaseJobStatus,
  ReleasedGroupEntity,
  ReleasedOfficeEntity,
  ReleasedScoreEntity,
  RoleAssignmentEntity,
  ScoreEntity,
  SessionEntity,
  SignInThrottleEntity,
  UserEntity,
};
export type { JsonObject } from './audit-log.entity';

/** Listed explicitly (not globbed) so that jest, ts and compiled runs load the same classes. */
export const ENTITIES = [
  AssessmentEntity,
  AuditLogEntity,
  BenchlearningConsentEntity,
  CafLabelEntity,
  CycleReleaseEntity,
  ImprovementActionEntity,
  InvitationEntity,
  IsoCertificationEntity,
  IsoEventEntity,
  OfficeEntity,
  ParticipationEntity,
  ProgrammeEntity,
  ReleaseJobEntity,
  ReleasedGroupEntity,
  ReleasedOfficeEntity,
  ReleasedScoreEntity,
  RoleAssignmentEntity,
  ScoreEntity,
  SessionEntity,
  SignInThrottleEntity,
  UserEntity,
];
