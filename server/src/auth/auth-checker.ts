import type { UserRole } from '@caf/schema';
import type { GraphQLSchema } from 'graphql';
import { type AuthChecker, getMetadataStorage } from 'type-graphql';
import type { Context } from '../graphql/context';
import { AppError, ErrorCode } from '../graphql/errors';

/** `@Authorized(PUBLIC)`: open to anonymous visitors; everything else needs a session. */
export const PUBLIC = 'PUBLIC';
export type Access = UserRole | typeof PUBLIC;

/**
 * `@Authorized()` = any signed-in user; `@Authorized('ADMIN', …)` = one of these roles in any
 * scope. Scope (which programme, which office) is checked by the services from ctx.viewer.
 */
export const authChecker: AuthChecker<Context, Access> = ({ context }, access) => {
  if (access.includes(PUBLIC)) {
    return true;
  }
  if (!context.viewer.authenticated) {
    throw new AppError(ErrorCode.UNAUTHENTICATED, 'Sign in to use this operation.');
  }
  if (access.length === 0 || access.some(role => role !== PUBLIC && context.viewer.hasRole(role))) {
    return true;
  }
  throw new AppError(ErrorCode.FORBIDDEN, 'Your role does not allow this operation.');
};

/**
 * Default deny: the server refuses to start when a query or mutation has no @Authorized rule,
 * so a new operation cannot slip out unprotected.
 */
export function assertEveryOperationAuthorized(schema: GraphQLSchema): void {
  const storage = getMetadataStorage();
  const guardedFields = new Set(
    storage.authorizedFields.map(field => `${field.target.name}.${field.fieldName}`),
  );
  const guardedClasses = new Set(storage.authorizedResolver.map(resolver => resolver.target));
  const operations = {
    ...schema.getQueryType()?.getFields(),
    ...schema.getMutationType()?.getFields(),
  };
  const unguarded = [...storage.queries, ...storage.mutations]
    .filter(handler => operations[handler.schemaName])
    .filter(
      handler =>
        !guardedClasses.has(handler.target) &&
        !guardedFields.has(`${handler.target.name}.${handler.methodName}`),
    )
    .map(handler => handler.schemaName);
  if (unguarded.length > 0) {
    throw new Error(`Operations without an @Authorized rule: ${unguarded.join(', ')}`);
  }
}
