import { useTranslation } from 'react-i18next';
import type { CycleReleaseFieldsFragment } from '../../gql/graphql';
import { formatDateTime, formatInteger } from '../../i18n/format';
import { useAppLanguage } from '../../i18n/use-app-language';

export type CycleReleasesTableProps = {
  /** Newest first, as the API returns them. */
  releases: readonly CycleReleaseFieldsFragment[];
  /** The list is reloading after a release; the current rows stay until it arrives. */
  busy: boolean;
};

export function CycleReleasesTable({ releases, busy }: CycleReleasesTableProps) {
  const { t } = useTranslation();
  const language = useAppLanguage();
  return (
    <div className="table-scroll" aria-busy={busy}>
      <table className="data-table data-table--compact releases-table" data-testid="releases-table">
        <caption className="data-table__caption">
          {t('releases.table.caption')}
          <span className="data-table__count">
            {t('releases.table.total', { total: releases.length })}
          </span>
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('releases.table.columns.year')}</th>
            <th scope="col">{t('releases.table.columns.releasedAt')}</th>
            <th scope="col" className="numeric">
              {t('releases.table.columns.offices')}
            </th>
          </tr>
        </thead>
        <tbody>
          {releases.map(release => (
            <tr key={release.cycleYear} data-testid="release-row">
              <th scope="row">{release.cycleYear}</th>
              <td>
                <time dateTime={release.releasedAt}>
                  {formatDateTime(release.releasedAt, language)}
                </time>
              </td>
              <td className="numeric">{formatInteger(release.offices, language)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
