import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

// `any` rather than `unknown`: TypeORM's insert() typing cannot map `unknown` values of jsonb.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type JsonObject = Record<string, any>;

/**
 * Append-only record of every change and every export: who, when, what before and after.
 * A trigger (migration AuditLogAppendOnly) rejects UPDATE, DELETE and TRUNCATE, and there are no
 * foreign keys, so that deleting a user or an office never rewrites history.
 */
@Entity('audit_log')
@Index('IDX_AUDIT_LOG_OCCURRED_AT', ['occurredAt'])
@Index('IDX_AUDIT_LOG_ENTITY', ['entityType', 'entityId'])
@Index('IDX_AUDIT_LOG_ACTOR', ['actorUserId'])
export class AuditLogEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id: string;

  @CreateDateColumn({ type: 'timestamptz' })
  occurredAt: Date;

  @Column('uuid', { nullable: true })
  actorUserId: string | null;

  /** Snapshot of the actor's e-mail, readable even after the account is gone. */
  @Column('text', { nullable: true })
  actorEmail: string | null;

  /** e.g. user.invite, role.assign, session.revoke, export.participants */
  @Column('varchar', { length: 64 })
  action: string;

  @Column('varchar', { length: 64 })
  entityType: string;

  @Column('text', { nullable: true })
  entityId: string | null;

  @Column('jsonb', { nullable: true })
  before: JsonObject | null;

  @Column('jsonb', { nullable: true })
  after: JsonObject | null;

  @Column('text', { nullable: true })
  ipAddress: string | null;
}
