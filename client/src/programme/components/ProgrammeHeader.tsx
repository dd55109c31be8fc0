import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import type { ProgrammeHeaderFieldsFragment } from '../../gql/graphql';
import { formatLongDate, formatPeriod } from '../../i18n/format';
import { useAppLanguage } from '../../i18n/use-app-language';

export const ProgrammeHeaderFields = graphql(`
  fragment ProgrammeHeaderFields on Programme {
    name
    description
    startsOn
    endsOn
    fundingSource
    minGroupSize
  }
`);

export type ProgrammeHeaderProps = {
  programme: ProgrammeHeaderFieldsFragment;
};

export function ProgrammeHeader({ programme }: ProgrammeHeaderProps) {
  const { t } = useTranslation();
  const language = useAppLanguage();
  const period =
    formatPeriod(programme.startsOn, programme.endsOn, language) ??
    t('programme.periodOpenEnded', { start: formatLongDate(programme.startsOn, language) });

  return (
    <div className="programme-header">
      <h1 className="programme-header__title">{programme.name}</h1>
      {programme.description && <p className="programme-header__lead">{programme.description}</p>}
      <dl className="facts">
        <div className="facts__item">
          <dt>{t('programme.period')}</dt>
          <dd>{period}</dd>
        </div>
        <div className="facts__item">
          <dt>{t('programme.fundingSource')}</dt>
          <dd>{programme.fundingSource ?? t('common.none')}</dd>
        </div>
        <div className="facts__item">
          <dt>{t('programme.minGroupSize')}</dt>
          <dd>
            <span className="facts__number">k = {programme.minGroupSize}</span>
            <span className="facts__hint">{t('programme.minGroupSizeHint')}</span>
          </dd>
        </div>
      </dl>
    </div>
  );
}
