import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppLanguage } from '../../i18n/use-app-language';
import { Card } from '../../ui/Card';
import { apiErrorCode } from '../../ui/error-message';
import { LoadingPanel } from '../../ui/LoadingPanel';
import { useCriterionStatisticsQuery } from '../hooks/useCriterionStatisticsQuery';
import { toCriterionData } from '../utils/criterion-chart-data';
import { CriterionStatistics } from './CriterionStatistics';
import { CyclePicker } from './CyclePicker';
import { StatisticsNoAccess } from './StatisticsNoAccess';

export type CriterionChartPanelProps = {
  programmeId: string;
  /** Newest first, as the API returns them. */
  cycles: readonly number[];
};

export function CriterionChartPanel({ programmeId, cycles }: CriterionChartPanelProps) {
  const { t } = useTranslation();
  const language = useAppLanguage();
  const [cycleYear, setCycleYear] = useState<number | undefined>(cycles[0]);
  const { data, loading, error, refetch } = useCriterionStatisticsQuery(programmeId, cycleYear);
  const statistics = data?.programme.criterionStatistics;
  const criteria = useMemo(
    () => statistics && toCriterionData(statistics, language),
    [statistics, language],
  );
  // Only a programme's own people, the ministry and admins see its statistics (server: FORBIDDEN).
  const forbidden = error !== undefined && !loading && apiErrorCode(error) === 'FORBIDDEN';

  return (
    <Card
      headingId="criteria-heading"
      ariaLabel={
        cycleYear === undefined
          ? t('criteria.heading')
          : t('criteria.regionLabel', { year: cycleYear })
      }
      title={t('criteria.heading')}
      actions={
        cycleYear !== undefined &&
        !forbidden && <CyclePicker cycles={cycles} value={cycleYear} onChange={setCycleYear} />
      }
      testId="criterion-chart"
    >
      {cycleYear === undefined ? (
        <p className="state-panel">{t('criteria.noCycles')}</p>
      ) : forbidden ? (
        <StatisticsNoAccess />
      ) : (
        <LoadingPanel
          data={statistics && criteria && { statistics, criteria }}
          loading={loading}
          error={error}
          onRetry={() => void refetch().catch(() => undefined)}
        >
          {loaded => (
            <CriterionStatistics
              criteria={loaded.criteria}
              cycleYear={loaded.statistics.cycleYear}
              minGroupSize={loaded.statistics.minGroupSize}
              cafVersions={loaded.statistics.cafVersions}
              caveat={loaded.statistics.caveat ?? null}
              syntheticData={loaded.statistics.syntheticData}
              meanError={
                loaded.statistics.criteria.find(criterion => criterion.meanError)?.meanError ?? null
              }
            />
          )}
        </LoadingPanel>
      )}
    </Card>
  );
}
