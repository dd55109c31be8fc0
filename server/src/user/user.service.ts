import { OfficeEntity, ProgrammeEntity, RoleAssignmentEntity, UserEntity } from '@caf/db';
import type { EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { SessionService } from '../auth/session.service';
import { clearFailures } from '../auth/sign-in-throttle';
import type { Context } from '../graphql/context';
import { likePattern } from '../shared/like-pattern';
import { AppError, badInput, ErrorCode, notFound } from '../graphql/errors';
import { InvitationService } from './invitation.service';
import type {
  AssignRoleInput,
  Invitation,
  InviteUserInput,
  RoleGrantInput,
  UserListOptions,
} from './user.types';

/** The scope a role needs (see CHK_ROLE_ASSIGNMENT_SCOPE); reported as field errors before SQL. */
function assertScopeFits(grant: RoleGrantInput, prefix = ''): void {
  const needsProgramme = grant.role === 'PROGRAMME_LEADER';
  const needsOffice = grant.role === 'OFFICE_EDITOR' || grant.role === 'OFFICE_VIEWER';
  const errors = [
    ...(needsProgramme !== Boolean(grant.programmeId)
      ? [
          {
            field: `${prefix}programmeId`,
            message: needsProgramme
              ? 'is required for PROGRAMME_LEADER'
              : `must be empty for ${grant.role}`,
          },
        ]
      : []),
    ...(needsOffice !== Boolean(grant.officeId)
      ? [
          {
            field: `${prefix}officeId`,
            message: needsOffice
              ? `is required for ${grant.role}`
              : `must be empty for ${grant.role}`,
          },
        ]
      : []),
  ];
  if (errors.length > 0) {
    throw badInput(errors);
  }
}

/**
 * Active admins (other than `except`), counted under a lock that every change to admins takes,
 * so two admins cannot demote or deactivate each other at the same moment.
 */
async function activeAdmins(manager: EntityManager, except?: string): Promise<number> {
  await manager.query(`SELECT pg_advisory_xact_lock(hashtext('caf-benchmark:admins'))`);
  const [{ count }] = await manager.query(
    `SELECT count(DISTINCT u.id)::int AS count FROM role_assignment r JOIN app_user u ON u.id = r.user_id
      WHERE r.role = 'ADMIN' AND u.status = 'ACTIVE' AND ($1::uuid IS NULL OR u.id <> $1)`,
    [except ?? null],
  );
  return count;
}

export class UserService {
  private readonly audit = new AuditService();
  private readonly invitations = new InvitationService();

  async list(ctx: Context, { skip, take, filter }: UserListOptions) {
    const query = ctx.dataSource.getRepository(UserEntity).createQueryBuilder('u');
    if (filter?.search?.trim()) {
      query.andWhere('(u.email ILIKE :s OR u.display_name ILIKE :s)', {
        s: likePattern(filter.search.trim()),
      });
    }
    if (filter?.status) {
      query.andWhere('u.status = :status', { status: filter.status });
    }
    const [items, totalItems] = await query
      .orderBy('u.email')
      .skip(skip)
      .take(take)
      .getManyAndCount();
    return { items, totalItems };
  }

  async invite(ctx: Context, input: InviteUserInput): Promise<Invitation> {
    input.roles.forEach((grant, i) => assertScopeFits(grant, `roles.${i}.`));
    const email = input.email.trim().toLowerCase();
    return ctx.dataSource.transaction(async manager => {
      if (await manager.existsBy(UserEntity, { email })) {
        throw new AppError(ErrorCode.CONFLICT, `A user with e-mail ${email} already exists.`, {
          field: 'email',
        });
      }
      const user = await manager.save(
        UserEntity,
        manager.create(UserEntity, {
          email,
          displayName: input.displayName.trim(),
          status: 'INVITED',
        }),
      );
      for (const grant of input.roles) {
        await this.insertGrant(manager, ctx, user.id, grant);
      }
      await this.audit.record(manager, ctx, {
        action: 'user.invite',
        entityType: 'user',
        entityId: user.id,
        after: { email, displayName: user.displayName, roles: input.roles },
      });
      return { user, ...(await this.invitations.issue(manager, ctx, user.id)) };
    });
  }

  async assignRole(ctx: Context, input: AssignRoleInput): Promise<UserEntity> {
    assertScopeFits(input);
    return ctx.dataSource.transaction(async manager => {
      const user = await this.lockedUser(manager, input.userId);
      await this.insertGrant(manager, ctx, user.id, input);
      return user;
    });
  }

  async revokeRole(ctx: Context, grantId: string): Promise<UserEntity> {
    return ctx.dataSource.transaction(async manager => {
      const grant = await manager.findOneBy(RoleAssignmentEntity, { id: grantId });
      if (!grant) {
        throw notFound('Role grant', grantId);
      }
      const user = await this.lockedUser(manager, grant.userId);
      if (
        grant.role === 'ADMIN' &&
        user.status === 'ACTIVE' &&
        (await activeAdmins(manager)) <= 1
      ) {
        throw new AppError(ErrorCode.CONFLICT, 'The last active admin role cannot be revoked.');
      }
      await manager.delete(RoleAssignmentEntity, { id: grant.id });
      await this.audit.record(manager, ctx, {
        action: 'role.revoke',
        entityType: 'user',
        entityId: user.id,
        before: { ...grant },
      });
      return user;
    });
  }

  async setActive(
    ctx: Context,
    userId: string,
    version: number,
    active: boolean,
  ): Promise<UserEntity> {
    if (!active && userId === ctx.viewer.user?.id) {
      throw badInput([{ field: 'userId', message: 'you cannot deactivate your own account' }]);
    }
    return ctx.dataSource.transaction(async manager => {
      const user = await this.lockedUser(manager, userId);
      if (!active && user.status === 'ACTIVE' && (await activeAdmins(manager, userId)) === 0) {
        throw new AppError(ErrorCode.CONFLICT, 'The last active admin cannot be deactivated.');
      }
      if (user.version !== version) {
        throw new AppError(
          ErrorCode.CONFLICT,
          'The account was changed by someone else; reload and try again.',
          { currentVersion: user.version },
        );
      }
      const status = active ? 'ACTIVE' : 'DEACTIVATED';
      // Only a password makes an account usable: those who never accepted an invitation need a new one.
      if (active && user.passwordHash === null) {
        throw new AppError(
          ErrorCode.CONFLICT,
          'This user has never set a password: invite them again instead.',
        );
      }
      await manager.update(UserEntity, { id: user.id }, { status, version: user.version + 1 });
      await clearFailures(manager, user.email);
      const revokedSessions = active
        ? 0
        : await new SessionService(ctx.security.sessionTtlHours).revokeAllOf(manager, user.id);
      await this.audit.record(manager, ctx, {
        action: active ? 'user.reactivate' : 'user.deactivate',
        entityType: 'user',
        entityId: user.id,
        before: { status: user.status },
        after: { status, revokedSessions },
      });
      return manager.findOneByOrFail(UserEntity, { id: user.id });
    });
  }

  async revokeSessions(ctx: Context, userId: string): Promise<number> {
    return ctx.dataSource.transaction(async manager => {
      await this.lockedUser(manager, userId);
      const revoked = await new SessionService(ctx.security.sessionTtlHours).revokeAllOf(
        manager,
        userId,
      );
      await this.audit.record(manager, ctx, {
        action: 'session.revoke_all',
        entityType: 'user',
        entityId: userId,
        after: { revoked },
      });
      return revoked;
    });
  }

  private async lockedUser(manager: EntityManager, userId: string): Promise<UserEntity> {
    const user = await manager.findOne(UserEntity, {
      where: { id: userId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!user) {
      throw notFound('User', userId);
    }
    return user;
  }

  private async insertGrant(
    manager: EntityManager,
    ctx: Context,
    userId: string,
    grant: RoleGrantInput,
  ): Promise<void> {
    if (
      grant.programmeId &&
      !(await manager.existsBy(ProgrammeEntity, { id: grant.programmeId }))
    ) {
      throw notFound('Programme', grant.programmeId);
    }
    if (grant.officeId && !(await manager.existsBy(OfficeEntity, { id: grant.officeId }))) {
      throw notFound('Office', grant.officeId);
    }
    const row = {
      userId,
      role: grant.role,
      programmeId: grant.programmeId ?? null,
      officeId: grant.officeId ?? null,
    };
    const inserted = await manager
      .createQueryBuilder()
      .insert()
      .into(RoleAssignmentEntity)
      .values(row)
      .orIgnore()
      .returning('id')
      .execute();
    if (inserted.raw.length === 0) {
      throw new AppError(ErrorCode.CONFLICT, 'The user already has this role in this scope.');
    }
    await this.audit.record(manager, ctx, {
      action: 'role.assign',
      entityType: 'user',
      entityId: userId,
      after: { ...row, id: inserted.raw[0].id },
    });
  }
}
