import { AuditLogEntity } from '@caf/db';
import type { JsonObject } from '@caf/db';
import type { EntityManager } from 'typeorm';
import type { Context } from '../graphql/context';
import type { AuditLogListOptions } from './audit.types';

export interface AuditEntry {
  action: string;
  entityType: string;
  entityId?: string | null;
  before?: object | null;
  after?: object | null;
}

/** Sensitive fields never enter the log, whatever entity is being recorded. */
const REDACTED = new Set(['passwordHash', 'tokenHash', 'password']);

const redact = (value: object | null | undefined): JsonObject | null =>
  value ? Object.fromEntries(Object.entries(value).filter(([key]) => !REDACTED.has(key))) : null;

export class AuditService {
  /** Writes in the caller's transaction, so a change and its audit record commit or fail together. */
  async record(
    manager: EntityManager,
    ctx: Pick<Context, 'viewer' | 'request'>,
    entry: AuditEntry,
  ): Promise<void> {
    await manager.insert(AuditLogEntity, {
      actorUserId: ctx.viewer.user?.id ?? null,
      actorEmail: ctx.viewer.user?.email ?? null,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId ?? null,
      before: redact(entry.before),
      after: redact(entry.after),
      ipAddress: ctx.request.ip,
    });
  }

  async list(
    ctx: Context,
    { skip, take, filter }: AuditLogListOptions,
  ): Promise<{ items: AuditLogEntity[]; totalItems: number }> {
    const query = ctx.dataSource.getRepository(AuditLogEntity).createQueryBuilder('log');
    if (filter?.actorUserId) {
      query.andWhere('log.actor_user_id = :actor', { actor: filter.actorUserId });
    }
    if (filter?.action) {
      query.andWhere('log.action = :action', { action: filter.action });
    }
    if (filter?.entityType) {
      query.andWhere('log.entity_type = :entityType', { entityType: filter.entityType });
    }
    if (filter?.entityId) {
      query.andWhere('log.entity_id = :entityId', { entityId: filter.entityId });
    }
    if (filter?.from) {
      query.andWhere('log.occurred_at >= :from', { from: filter.from });
    }
    if (filter?.to) {
      query.andWhere('log.occurred_at < :to', { to: filter.to });
    }
    const [items, totalItems] = await query
      .orderBy('log.id', 'DESC')
      .skip(skip)
      .take(take)
      .getManyAndCount();
    return { items, totalItems };
  }
}
