import { Args, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../graphql/context';
import { AuditLogListOptions, AuditLogPage } from './audit.types';
import { AuditService } from './audit.service';

@Resolver()
export class AuditResolver {
  private readonly service = new AuditService();

  @Authorized('ADMIN')
  @Query(_returns => AuditLogPage, { description: 'The audit log, newest first (admins only).' })
  auditLog(@Args() options: AuditLogListOptions, @Ctx() ctx: Context): Promise<AuditLogPage> {
    return this.service.list(ctx, options);
  }
}
