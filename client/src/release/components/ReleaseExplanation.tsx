import { useTranslation } from 'react-i18next';

/** Why a cycle is published once and frozen: read before pressing the button, not after. */
export function ReleaseExplanation() {
  const { t } = useTranslation();
  return (
    <div className="release-explanation" data-testid="release-explanation">
      <p>{t('releases.explanation.live')}</p>
      <p>{t('releases.explanation.frozen')}</p>
      <p>{t('releases.explanation.again')}</p>
    </div>
  );
}
