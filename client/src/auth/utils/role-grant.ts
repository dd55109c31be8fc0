import type { TFunction } from 'i18next';
import { graphql } from '../../gql';
import type { RoleGrantFieldsFragment, UserRole } from '../../gql/graphql';

export const RoleGrantFields = graphql(`
  fragment RoleGrantFields on RoleGrant {
    id
    role
    programmeId
    officeId
    programme {
      id
      name
    }
    office {
      id
      name
    }
  }
`);

/** Every role, in the order pickers list them: global ones first, then the scoped ones. */
export const USER_ROLES: readonly UserRole[] = [
  'ADMIN',
  'MINISTRY_ANALYST',
  'PROGRAMME_LEADER',
  'OFFICE_EDITOR',
  'OFFICE_VIEWER',
];

/** What a role is scoped to; the server rejects other scopes (CHK_ROLE_ASSIGNMENT_SCOPE). */
export type RoleScope = 'global' | 'programme' | 'office';

export function roleScope(role: UserRole): RoleScope {
  switch (role) {
    case 'PROGRAMME_LEADER':
      return 'programme';
    case 'OFFICE_EDITOR':
    case 'OFFICE_VIEWER':
      return 'office';
    case 'ADMIN':
    case 'MINISTRY_ANALYST':
      return 'global';
  }
}

/** The name of what the grant is scoped to, or null for a global role. */
export function roleGrantScopeName(grant: RoleGrantFieldsFragment): string | null {
  return grant.programme?.name ?? grant.office?.name ?? null;
}

/** "Lider programu: Program doskonalenia…" or "Administrator". */
export function roleLabel(role: UserRole, scope: string | null, t: TFunction): string {
  const name = t(`roles.${role}`);
  return scope ? t('roles.withScope', { role: name, scope }) : name;
}

export const roleGrantLabel = (grant: RoleGrantFieldsFragment, t: TFunction): string =>
  roleLabel(grant.role, roleGrantScopeName(grant), t);

export const isAdmin = (roles: readonly { role: UserRole }[]): boolean =>
  roles.some(grant => grant.role === 'ADMIN');
