import type { CriterionKind } from '@caf/schema';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import type { SuppressionReason } from '../../gql/graphql';
import type { CriterionDatum } from '../utils/criterion-chart-data';

export type CriterionDataTableProps = {
  caption: string;
  criteria: readonly CriterionDatum[];
  formatValue: (value: number) => string;
  /** Why a value is withheld, in words. */
  suppressedText: (reason: SuppressionReason) => string;
};

const KINDS: readonly CriterionKind[] = ['ENABLER', 'RESULT'];

/** "…obywatelami/klientami" may break after its slash: the means stay in view on a phone. */
const breakableAfterSlashes = (text: string) =>
  text.split('/').map((part, index) => (
    <Fragment key={index}>
      {index > 0 && (
        <>
          /<wbr />
        </>
      )}
      {part}
    </Fragment>
  ));

/** The chart's values as a table: the text alternative for the chart, and readable names. */
export function CriterionDataTable({
  caption,
  criteria,
  formatValue,
  suppressedText,
}: CriterionDataTableProps) {
  const { t } = useTranslation();
  return (
    <div className="table-scroll">
      <table
        className="data-table data-table--compact criterion-table"
        data-testid="criterion-table"
      >
        <caption className="data-table__caption">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('criteria.columns.criterion')}</th>
            <th scope="col" className="numeric">
              {t('criteria.columns.n')}
            </th>
            <th scope="col" className="numeric">
              {t('criteria.columns.mean')}
            </th>
          </tr>
        </thead>
        {KINDS.map(kind => (
          <tbody key={kind}>
            <tr className="criterion-table__group">
              <th scope="rowgroup" colSpan={3}>
                <span
                  className={`chart-legend__swatch chart-legend__swatch--${kind.toLowerCase()}`}
                  aria-hidden="true"
                />
                {t(`criteria.kind.${kind}`)}
              </th>
            </tr>
            {criteria
              .filter(criterion => criterion.kind === kind)
              .map(criterion => (
                <tr key={criterion.criterionNumber}>
                  <th scope="row">
                    {criterion.criterionNumber}. {breakableAfterSlashes(criterion.name)}
                  </th>
                  <td className="numeric">{criterion.n ?? '—'}</td>
                  <td className={criterion.suppressed ? 'numeric suppressed' : 'numeric'}>
                    {criterion.suppressed
                      ? suppressedText(criterion.suppressed)
                      : criterion.mean === null
                        ? t('common.none')
                        : formatValue(criterion.mean)}
                  </td>
                </tr>
              ))}
          </tbody>
        ))}
      </table>
    </div>
  );
}
