import { useTranslation } from 'react-i18next';
import { roleScope, USER_ROLES } from '../../auth/utils/role-grant';
import type { RoleScopeOptionsQuery, UserRole } from '../../gql/graphql';
import { SelectField } from '../../ui/SelectField';
import type { RoleDraft, RoleDraftErrors } from '../utils/role-form';

export type RoleScopeFieldsProps = {
  draft: RoleDraft;
  onChange: (draft: RoleDraft) => void;
  options: RoleScopeOptionsQuery;
  errors: RoleDraftErrors;
  /** Label of the role select; "Rola" by default. */
  roleLabel?: string;
  /** The empty choice means "no role" (an invitation) rather than "not chosen yet". */
  optional?: boolean;
  /** Prefix of the test ids, e.g. "invite" → invite-role, invite-scope. */
  testIdPrefix: string;
};

/** Role, then the programme (leader) or office (editor, viewer) it applies to, if any. */
export function RoleScopeFields({
  draft,
  onChange,
  options,
  errors,
  roleLabel,
  optional = false,
  testIdPrefix,
}: RoleScopeFieldsProps) {
  const { t } = useTranslation();
  const scope = draft.role ? roleScope(draft.role) : 'global';
  const offices = options.offices;
  return (
    <>
      <SelectField
        label={roleLabel ?? t('users.roleForm.role')}
        value={draft.role}
        options={[
          {
            value: '',
            label: optional ? t('users.roleForm.noRole') : t('users.roleForm.rolePlaceholder'),
          },
          ...USER_ROLES.map(role => ({ value: role, label: t(`roles.${role}`) })),
        ]}
        // A new role starts without a scope: an office id is no programme id.
        onChange={role => onChange({ role: role as UserRole | '', scopeId: '' })}
        hint={optional ? t('users.roleForm.moreRolesHint') : undefined}
        error={errors.role}
        required={!optional}
        testId={`${testIdPrefix}-role`}
      />
      {scope === 'programme' && (
        <SelectField
          label={t('users.roleForm.programme')}
          value={draft.scopeId}
          options={[
            { value: '', label: t('users.roleForm.programmePlaceholder') },
            ...options.programmes.map(p => ({ value: p.id, label: p.name })),
          ]}
          onChange={scopeId => onChange({ ...draft, scopeId })}
          error={errors.scope}
          required
          className="field--span"
          testId={`${testIdPrefix}-programme`}
        />
      )}
      {scope === 'office' && (
        <SelectField
          label={t('users.roleForm.office')}
          value={draft.scopeId}
          options={[
            { value: '', label: t('users.roleForm.officePlaceholder') },
            ...offices.items.map(o => ({ value: o.id, label: o.name })),
          ]}
          onChange={scopeId => onChange({ ...draft, scopeId })}
          hint={
            offices.totalItems > offices.items.length
              ? t('users.roleForm.officesTruncated', {
                  shown: offices.items.length,
                  total: offices.totalItems,
                })
              : undefined
          }
          error={errors.scope}
          required
          className="field--span"
          testId={`${testIdPrefix}-office`}
        />
      )}
    </>
  );
}
