import { useTranslation } from 'react-i18next';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, type DemoAccount } from '../utils/demo-accounts';

export type DemoAccountsProps = {
  onPick: (account: DemoAccount) => void;
};

/** The demo accounts and their shared password: this is a demonstration, not a secret. */
export function DemoAccounts({ onPick }: DemoAccountsProps) {
  const { t } = useTranslation();
  return (
    <aside
      className="demo-accounts"
      aria-labelledby="demo-accounts-heading"
      data-testid="demo-accounts"
    >
      <h2 className="demo-accounts__title" id="demo-accounts-heading">
        {t('auth.demo.heading')}
      </h2>
      <p>{t('auth.demo.intro')}</p>
      <p>
        {t('auth.demo.password')} <code className="code">{DEMO_PASSWORD}</code>
      </p>
      <ul className="demo-accounts__list">
        {DEMO_ACCOUNTS.map(account => (
          <li key={account.email} className="demo-accounts__item">
            <span className="demo-accounts__role">
              {t(`roles.${account.role}`)}
              {account.scope && ` (${account.scope})`}
            </span>
            <code className="code demo-accounts__email">{account.email}</code>
            <button
              type="button"
              className="button button--secondary button--small"
              onClick={() => onPick(account)}
              aria-label={t('auth.demo.useLabel', { email: account.email })}
            >
              {t('auth.demo.use')}
            </button>
          </li>
        ))}
      </ul>
    </aside>
  );
}
