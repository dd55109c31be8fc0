import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RoleScopeOptionsQuery } from '../../gql/graphql';
import { apiErrorCode, errorMessageKey, fieldErrors } from '../../ui/error-message';
import { Form } from '../../ui/Form';
import { SubmitButton } from '../../ui/SubmitButton';
import { useFormErrors } from '../../ui/use-form-errors';
import { useAssignRole } from '../hooks/useAssignRole';
import {
  type AddedRole,
  EMPTY_ROLE_DRAFT,
  type RoleDraft,
  type RoleDraftErrors,
  roleFieldErrors,
  toRoleGrantInput,
  validateRoleDraft,
} from '../utils/role-form';
import { RoleScopeFields } from './RoleScopeFields';

export type AddRoleFormProps = {
  userId: string;
  options: RoleScopeOptionsQuery;
  /** The grant as the form describes it, for the confirmation message. */
  onAdded: (added: AddedRole) => void;
  onCancel: () => void;
};

export function AddRoleForm({ userId, options, onAdded, onCancel }: AddRoleFormProps) {
  const { t } = useTranslation();
  const { assign, loading, error } = useAssignRole();
  const [draft, setDraft] = useState<RoleDraft>(EMPTY_ROLE_DRAFT);
  const { errors: local, validate } = useFormErrors<RoleDraftErrors>();
  const code = error && !loading ? apiErrorCode(error) : null;
  const server = roleFieldErrors(fieldErrors(error), '', draft, t);
  const formMessage =
    error && code
      ? code === 'CONFLICT'
        ? t('users.roleForm.errors.duplicate')
        : code === 'NOT_FOUND'
          ? t('users.roleForm.errors.scopeNotFound')
          : code === 'BAD_USER_INPUT'
            ? t('forms.checkFields')
            : t(errorMessageKey(error))
      : null;

  const submit = async () => {
    const valid = validate(validateRoleDraft(draft, t));
    const grant = toRoleGrantInput(draft);
    if (!valid || !grant) {
      return;
    }
    if (await assign({ userId, ...grant })) {
      const scope =
        options.programmes.find(p => p.id === draft.scopeId)?.name ??
        options.offices.items.find(o => o.id === draft.scopeId)?.name ??
        null;
      onAdded({ role: grant.role, scope });
    }
  };

  return (
    <Form onSubmit={submit} error={formMessage} testId="add-role-form">
      <RoleScopeFields
        draft={draft}
        onChange={setDraft}
        options={options}
        errors={{ role: local.role ?? server.role, scope: local.scope ?? server.scope }}
        testIdPrefix="add-role"
      />
      <div className="dialog__actions">
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t('common.cancel')}
        </button>
        <SubmitButton pending={loading} testId="add-role-submit">
          {t('users.roleForm.submit')}
        </SubmitButton>
      </div>
    </Form>
  );
}
