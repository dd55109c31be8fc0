import { useId } from 'react';
import {
  Bar,
  type BarShapeProps,
  BarChart,
  CartesianGrid,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { HatchPattern } from '../../ui/HatchPattern';
import { usePrefersReducedMotion } from '../../ui/use-prefers-reduced-motion';
import type { CriterionDatum } from '../utils/criterion-chart-data';
import { CriterionBar } from './CriterionBar';
import { CriterionChartTooltip, type CriterionTooltipLabels } from './CriterionChartTooltip';

export type CriterionBarChartLabels = CriterionTooltipLabels & {
  xAxis: string;
  yAxis: string;
  suppressedShort: string;
};

export type CriterionBarChartProps = {
  data: readonly CriterionDatum[];
  formatValue: (value: number) => string;
  labels: CriterionBarChartLabels;
};

/** Withheld criteria get a full-height hatched placeholder so they can never be read as 0. */
const PLACEHOLDER_HEIGHT = 100;
const TICKS = [0, 20, 40, 60, 80, 100];
// Recharts writes label colours inline, so the token is passed rather than set in the stylesheet.
const AXIS_TEXT = 'var(--chart-axis)';

/**
 * Mean per CAF criterion on the 0–100 scale. Presentational only: hidden from assistive
 * technology because the same values are in the table next to it.
 */
export function CriterionBarChart({ data, formatValue, labels }: CriterionBarChartProps) {
  const hatchId = `hatch-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const animate = !usePrefersReducedMotion();
  const bars = data.map(d => ({ ...d, barValue: d.suppressed ? PLACEHOLDER_HEIGHT : d.mean }));

  return (
    <div className="criterion-chart" aria-hidden="true">
      <HatchPattern id={hatchId} />
      <ResponsiveContainer width="100%" height={340}>
        <BarChart
          data={bars}
          margin={{ top: 28, right: 8, bottom: 28, left: 8 }}
          accessibilityLayer={false}
        >
          <CartesianGrid vertical={false} className="chart-grid" />
          <XAxis
            dataKey="criterionNumber"
            tickLine={false}
            label={{ value: labels.xAxis, position: 'insideBottom', offset: -16, fill: AXIS_TEXT }}
          />
          <YAxis
            domain={[0, 100]}
            ticks={TICKS}
            allowDataOverflow
            width={56}
            label={{
              value: labels.yAxis,
              angle: -90,
              position: 'insideLeft',
              offset: 4,
              textAnchor: 'middle',
              fill: AXIS_TEXT,
            }}
          />
          <Tooltip
            cursor={{ className: 'chart-cursor' }}
            content={props => (
              <CriterionChartTooltip {...props} formatValue={formatValue} labels={labels} />
            )}
          />
          <Bar
            dataKey="barValue"
            isAnimationActive={animate}
            shape={(props: BarShapeProps) => (
              <CriterionBar
                {...props}
                hatchId={hatchId}
                formatValue={formatValue}
                suppressedLabel={labels.suppressedShort}
              />
            )}
          />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
