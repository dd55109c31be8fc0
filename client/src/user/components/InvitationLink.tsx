import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../i18n/format';
import { useAppLanguage } from '../../i18n/use-app-language';
import { Alert } from '../../ui/Alert';
import { TextField } from '../../ui/TextField';
import type { Invitation } from '../hooks/useInviteUser';

export type InvitationLinkProps = {
  invitation: Invitation;
};

type CopyState = 'idle' | 'copied' | 'failed';

/** The one-time link, selected and ready to copy: the server will never show it again. */
export function InvitationLink({ invitation }: InvitationLinkProps) {
  const { t } = useTranslation();
  const language = useAppLanguage();
  const inputRef = useRef<HTMLInputElement>(null);
  const [copy, setCopy] = useState<CopyState>('idle');

  useEffect(() => {
    inputRef.current?.focus();
    inputRef.current?.select();
  }, [invitation]);

  const copyLink = async () => {
    try {
      await navigator.clipboard.writeText(invitation.invitationUrl);
      setCopy('copied');
    } catch {
      // No clipboard access (plain http, denied permission): leave it selected for Ctrl+C.
      inputRef.current?.select();
      setCopy('failed');
    }
  };

  return (
    <div className="invitation" data-testid="invitation">
      <Alert tone="success">
        {t('users.invite.link.success', { email: invitation.user.email })}
      </Alert>
      <div className="invitation__row">
        <TextField
          label={t('users.invite.link.label')}
          value={invitation.invitationUrl}
          onChange={() => undefined}
          readOnly
          hint={t('users.invite.link.note', {
            date: formatDateTime(invitation.expiresAt, language),
          })}
          inputRef={inputRef}
          className="field--wide"
          testId="invitation-link"
        />
        <button
          type="button"
          className="button button--secondary"
          onClick={() => void copyLink()}
          data-testid="invitation-copy"
        >
          {t('users.invite.link.copy')}
        </button>
      </div>
      <p className="invitation__copy-status" role="status">
        {copy === 'copied' && t('users.invite.link.copied')}
        {copy === 'failed' && t('users.invite.link.copyFailed')}
      </p>
    </div>
  );
}
