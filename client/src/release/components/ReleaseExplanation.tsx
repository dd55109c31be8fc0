import { useTranslation } from 'react-i18next';
import { MIN_NEW_OFFICES_FOR_RERELEASE } from '../utils/release-outcome';

/** Why a cycle is published once and frozen: read before pressing the button, not after. */
export function ReleaseExplanation() {
  const { t } = useTranslation();
  return (
    <div className="release-explanation" data-testid="release-explanation">
      <p>{t('releases.explanation.live')}</p>
      <p>{t('releases.explanation.frozen')}</p>
      <p>{t('releases.explanation.again', { k: MIN_NEW_OFFICES_FOR_RERELEASE })}</p>
    </div>
  );
}
