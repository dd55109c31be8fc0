import type { TFunction } from 'i18next';
import { roleScope } from '../../auth/utils/role-grant';
import type { RoleGrantInput, UserRole } from '../../gql/graphql';
import type { FieldError } from '../../ui/error-message';

/** What a role form holds: the role and, for scoped roles, the programme or office id. */
export type RoleDraft = { role: UserRole | ''; scopeId: string };

export const EMPTY_ROLE_DRAFT: RoleDraft = { role: '', scopeId: '' };

export type RoleDraftErrors = { role?: string; scope?: string };

/** A granted role as the form knew it: enough to confirm it in words. */
export type AddedRole = { role: UserRole; scope: string | null };

const scopeRequired = (role: UserRole, t: TFunction): string =>
  roleScope(role) === 'programme'
    ? t('users.roleForm.errors.programmeRequired')
    : t('users.roleForm.errors.officeRequired');

/**
 * The same rule as the server's CHK_ROLE_ASSIGNMENT_SCOPE, checked before sending. `optional`:
 * no role at all is fine (an invitation; roles can be added later).
 */
export function validateRoleDraft(
  draft: RoleDraft,
  t: TFunction,
  { optional = false }: { optional?: boolean } = {},
): RoleDraftErrors {
  if (!draft.role) {
    return optional ? {} : { role: t('users.roleForm.errors.roleRequired') };
  }
  if (roleScope(draft.role) !== 'global' && !draft.scopeId) {
    return { scope: scopeRequired(draft.role, t) };
  }
  return {};
}

/** The API input, or null while no role is chosen. */
export function toRoleGrantInput(draft: RoleDraft): RoleGrantInput | null {
  if (!draft.role) {
    return null;
  }
  switch (roleScope(draft.role)) {
    case 'programme':
      return { role: draft.role, programmeId: draft.scopeId };
    case 'office':
      return { role: draft.role, officeId: draft.scopeId };
    case 'global':
      return { role: draft.role };
  }
}

/** Server field errors of a role (`programmeId`, or `roles.0.officeId` in an invitation). */
export function roleFieldErrors(
  errors: readonly FieldError[],
  prefix: string,
  draft: RoleDraft,
  t: TFunction,
): RoleDraftErrors {
  const fields = new Set(errors.map(error => error.field));
  if (fields.has(`${prefix}role`)) {
    return { role: t('users.roleForm.errors.roleRequired') };
  }
  if (draft.role && (fields.has(`${prefix}programmeId`) || fields.has(`${prefix}officeId`))) {
    return { scope: scopeRequired(draft.role, t) };
  }
  return {};
}
