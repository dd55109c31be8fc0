import { UserRole } from '@caf/schema';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseEntity } from './base.entity';
import { OfficeEntity } from './office.entity';
import { ProgrammeEntity } from './programme.entity';
import { UserEntity } from './user.entity';

// Each role carries exactly the scope it needs: a programme for leaders, an office for office roles.
const SCOPE_MATCHES_ROLE = `(
  (role IN ('ADMIN', 'MINISTRY_ANALYST') AND programme_id IS NULL AND office_id IS NULL) OR
  (role = 'PROGRAMME_LEADER' AND programme_id IS NOT NULL AND office_id IS NULL) OR
  (role IN ('OFFICE_EDITOR', 'OFFICE_VIEWER') AND office_id IS NOT NULL AND programme_id IS NULL)
)`;

@Entity('role_assignment')
// One grant per user, role and scope: UNIQUE … NULLS NOT DISTINCT (PostgreSQL ≥ 15), which TypeORM
// cannot declare, so the migration creates it and the schema diff leaves it alone.
@Index('IDX_ROLE_ASSIGNMENT_SCOPE', { synchronize: false })
@Index('IDX_ROLE_ASSIGNMENT_USER', ['userId'])
@Check('CHK_ROLE_ASSIGNMENT_SCOPE', SCOPE_MATCHES_ROLE)
export class RoleAssignmentEntity extends BaseEntity {
  @Column('uuid')
  userId: string;

  @ManyToOne(() => UserEntity, u => u.roles, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user: UserEntity;

  @Column({ type: 'enum', enum: Object.values(UserRole), enumName: 'user_role' })
  role: UserRole;

  @Column('uuid', { nullable: true })
  programmeId: string | null;

  @ManyToOne(() => ProgrammeEntity, { onDelete: 'CASCADE', nullable: true })
  @JoinColumn({ name: 'programme_id' })
  programme: ProgrammeEntity | null;

  @Column('uuid', { nullable: true })
  officeId: string | null;

  @ManyToOne(() => OfficeEntity, { onDelete: 'CASCADE', nullable: true })
  @JoinColumn({ name: 'office_id' })
  office: OfficeEntity | null;
}
