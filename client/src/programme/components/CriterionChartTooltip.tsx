import type { TooltipContentProps } from 'recharts';
import type { SuppressionReason } from '../../gql/graphql';
import type { CriterionDatum } from '../utils/criterion-chart-data';

export type CriterionTooltipLabels = {
  /** Why a value is withheld: "ukryte: mniej niż k urzędów (k = 5)". */
  suppressed: (reason: SuppressionReason) => string;
  n: (n: number) => string;
};

export type CriterionChartTooltipProps = Partial<TooltipContentProps> & {
  formatValue: (value: number) => string;
  labels: CriterionTooltipLabels;
};

export function CriterionChartTooltip({
  active,
  payload,
  formatValue,
  labels,
}: CriterionChartTooltipProps) {
  const datum = payload?.[0]?.payload as CriterionDatum | undefined;
  if (!active || !datum) {
    return null;
  }
  return (
    <div className="chart-tooltip">
      <p className="chart-tooltip__title">
        {datum.criterionNumber}. {datum.name}
      </p>
      <p className="chart-tooltip__value">
        {datum.suppressed
          ? labels.suppressed(datum.suppressed)
          : datum.mean === null
            ? '—'
            : formatValue(datum.mean)}
      </p>
      {datum.n !== null && <p className="chart-tooltip__meta">{labels.n(datum.n)}</p>}
    </div>
  );
}
