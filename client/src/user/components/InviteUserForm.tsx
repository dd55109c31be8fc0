import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RoleScopeOptionsQuery } from '../../gql/graphql';
import { apiErrorCode, errorMessageKey, fieldErrors, rejectedFields } from '../../ui/error-message';
import { Form } from '../../ui/Form';
import { SubmitButton } from '../../ui/SubmitButton';
import { TextField } from '../../ui/TextField';
import { useFormErrors } from '../../ui/use-form-errors';
import { type Invitation, useInviteUser } from '../hooks/useInviteUser';
import {
  EMPTY_ROLE_DRAFT,
  type RoleDraft,
  type RoleDraftErrors,
  roleFieldErrors,
  toRoleGrantInput,
  validateRoleDraft,
} from '../utils/role-form';
import { RoleScopeFields } from './RoleScopeFields';

export type InviteUserFormProps = {
  options: RoleScopeOptionsQuery;
  onInvited: (invitation: Invitation) => void;
};

type LocalErrors = RoleDraftErrors & { email?: string; displayName?: string };

/** E-mail, name and an optional initial role; more roles can be added from the list afterwards. */
export function InviteUserForm({ options, onInvited }: InviteUserFormProps) {
  const { t } = useTranslation();
  const { invite, loading, error } = useInviteUser();
  const [email, setEmail] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [draft, setDraft] = useState<RoleDraft>(EMPTY_ROLE_DRAFT);
  const { errors: local, validate } = useFormErrors<LocalErrors>();

  const code = error && !loading ? apiErrorCode(error) : null;
  const rejected = rejectedFields(error);
  const server: LocalErrors = {
    email:
      code === 'CONFLICT'
        ? t('users.invite.errors.emailTaken')
        : rejected.has('email')
          ? t('users.invite.errors.emailInvalid')
          : undefined,
    displayName: rejected.has('displayName')
      ? t('users.invite.errors.displayNameInvalid')
      : undefined,
    ...roleFieldErrors(fieldErrors(error), 'roles.0.', draft, t),
  };
  const formMessage =
    error && code !== 'CONFLICT'
      ? code === 'BAD_USER_INPUT'
        ? t('forms.checkFields')
        : code === 'NOT_FOUND'
          ? t('users.roleForm.errors.scopeNotFound')
          : t(errorMessageKey(error))
      : null;

  const submit = async () => {
    const name = displayName.trim();
    const valid = validate({
      email: email.trim() ? undefined : t('users.invite.errors.emailRequired'),
      displayName:
        name.length >= 2 && name.length <= 120
          ? undefined
          : t('users.invite.errors.displayNameInvalid'),
      ...validateRoleDraft(draft, t, { optional: true }),
    });
    if (!valid) {
      return;
    }
    const grant = toRoleGrantInput(draft);
    const invitation = await invite({
      email: email.trim(),
      displayName: name,
      roles: grant ? [grant] : [],
    });
    if (invitation) {
      setEmail('');
      setDisplayName('');
      setDraft(EMPTY_ROLE_DRAFT);
      onInvited(invitation);
    }
  };

  return (
    <Form
      onSubmit={submit}
      error={formMessage}
      className="form--grid"
      labelledBy="invite-heading"
      testId="invite-form"
    >
      <TextField
        label={t('users.invite.email')}
        type="email"
        autoComplete="off"
        value={email}
        onChange={setEmail}
        required
        error={local.email ?? server.email}
        testId="invite-email"
      />
      <TextField
        label={t('users.invite.displayName')}
        autoComplete="off"
        value={displayName}
        onChange={setDisplayName}
        required
        error={local.displayName ?? server.displayName}
        testId="invite-name"
      />
      <RoleScopeFields
        draft={draft}
        onChange={setDraft}
        options={options}
        errors={{ role: local.role ?? server.role, scope: local.scope ?? server.scope }}
        roleLabel={t('users.invite.role')}
        optional
        testIdPrefix="invite"
      />
      <div className="form__actions">
        <SubmitButton
          pending={loading}
          pendingLabel={t('users.invite.submitting')}
          testId="invite-submit"
        >
          {t('users.invite.submit')}
        </SubmitButton>
      </div>
    </Form>
  );
}
