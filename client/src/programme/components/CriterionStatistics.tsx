import { useTranslation } from 'react-i18next';
import type { CafVersion, ComparisonCaveat, SuppressionReason } from '../../gql/graphql';
import { formatScore } from '../../i18n/format';
import { useAppLanguage } from '../../i18n/use-app-language';
import { cafVersionLabel, type CriterionDatum } from '../utils/criterion-chart-data';
import { CriterionBarChart } from './CriterionBarChart';
import { CriterionChartLegend } from './CriterionChartLegend';
import { CriterionDataTable } from './CriterionDataTable';

export type CriterionStatisticsProps = {
  criteria: readonly CriterionDatum[];
  cycleYear: number;
  minGroupSize: number;
  cafVersions: readonly CafVersion[];
  caveat: ComparisonCaveat | null;
  syntheticData: boolean;
  /** How far the published (perturbed) means may be from the true ones; null when none is published. */
  meanError: { typical: number; max: number } | null;
};

/** Chart, its legend, the same values as a table, and the notes needed to read them honestly. */
export function CriterionStatistics(props: CriterionStatisticsProps) {
  const { criteria, cycleYear, minGroupSize, cafVersions, caveat, syntheticData, meanError } =
    props;
  const { t } = useTranslation();
  const language = useAppLanguage();
  const formatValue = (value: number) => formatScore(value, language);
  // Every reason the server can give has its own words (n is withheld with the value).
  const suppressedText = (reason: SuppressionReason) =>
    t(`suppression.${reason}`, { k: minGroupSize });

  return (
    <>
      <ul className="notes">
        {caveat && (
          <li className="notes__item notes__item--caveat">{t(`criteria.caveat.${caveat}`)}</li>
        )}
        {syntheticData && (
          <li className="notes__item notes__item--synthetic">{t('criteria.synthetic')}</li>
        )}
        <li className="notes__item">{t('criteria.minGroupSize', { k: minGroupSize })}</li>
        {meanError && (
          <li className="notes__item">
            {t('criteria.perturbation', {
              typical: formatValue(meanError.typical),
              max: formatValue(meanError.max),
            })}
          </li>
        )}
        {cafVersions.length > 0 && (
          <li className="notes__item">
            {t('criteria.cafVersions', { versions: cafVersions.map(cafVersionLabel).join(', ') })}
          </li>
        )}
      </ul>
      <div className="criterion-layout">
        <div className="criterion-layout__chart">
          <CriterionBarChart
            data={criteria}
            formatValue={formatValue}
            labels={{
              xAxis: t('criteria.xAxis'),
              yAxis: t('criteria.yAxis'),
              suppressedShort: t('criteria.suppressedShort'),
              suppressed: suppressedText,
              n: n => t('criteria.tooltipN', { n }),
            }}
          />
          <CriterionChartLegend
            enablers={t('criteria.kind.ENABLER')}
            results={t('criteria.kind.RESULT')}
            suppressed={t('criteria.suppressedLegend')}
          />
        </div>
        <CriterionDataTable
          caption={t('criteria.tableCaption', { year: cycleYear })}
          criteria={criteria}
          formatValue={formatValue}
          suppressedText={suppressedText}
        />
      </div>
    </>
  );
}
