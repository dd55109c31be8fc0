import { AssessmentEntity } from './assessment.entity';
import { CafLabelEntity } from './caf-label.entity';
import { ImprovementActionEntity } from './improvement-action.entity';
import { IsoCertificationEntity } from './iso-certification.entity';
import { IsoEventEntity } from './iso-event.entity';
import { OfficeEntity } from './office.entity';
import { ParticipationEntity } from './participation.entity';
import { ProgrammeEntity } from './programme.entity';
import { ScoreEntity } from './score.entity';

export {
  AssessmentEntity,
  CafLabelEntity,
  ImprovementActionEntity,
  IsoCertificationEntity,
  IsoEventEntity,
  OfficeEntity,
  ParticipationEntity,
  ProgrammeEntity,
  ScoreEntity,
};

/** Listed explicitly (not globbed) so that jest, ts and compiled runs load the same classes. */
export const ENTITIES = [
  AssessmentEntity,
  CafLabelEntity,
  ImprovementActionEntity,
  IsoCertificationEntity,
  IsoEventEntity,
  OfficeEntity,
  ParticipationEntity,
  ProgrammeEntity,
  ScoreEntity,
];
