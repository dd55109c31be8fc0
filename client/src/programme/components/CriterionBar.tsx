import type { BarShapeProps } from 'recharts';
import type { CriterionDatum } from '../utils/criterion-chart-data';

export type CriterionBarProps = BarShapeProps & {
  hatchId: string;
  formatValue: (value: number) => string;
  suppressedLabel: string;
};

/** One bar: coloured by kind (colours come from CSS tokens), or a hatched "hidden" placeholder. */
/** Below this width (narrow screens) value labels would collide; the table still has them. */
const MIN_LABELLED_WIDTH = 34;

export function CriterionBar(props: CriterionBarProps) {
  const { x, y, width, height, payload, hatchId, formatValue, suppressedLabel } = props;
  const datum = payload as CriterionDatum;
  const centreX = x + width / 2;

  if (datum.suppressed) {
    return (
      <g className="criterion-bar criterion-bar--suppressed">
        <rect
          x={x}
          y={y}
          width={width}
          height={height}
          fill={`url(#${hatchId})`}
          className="criterion-bar__placeholder"
        />
        <text
          x={centreX}
          y={y + height / 2}
          transform={`rotate(-90 ${centreX} ${y + height / 2})`}
          textAnchor="middle"
          dominantBaseline="central"
          className="criterion-bar__suppressed-label"
        >
          {suppressedLabel}
        </text>
      </g>
    );
  }
  if (datum.mean === null) {
    return <g />;
  }
  return (
    <g className={`criterion-bar criterion-bar--${datum.kind.toLowerCase()}`}>
      <rect x={x} y={y} width={width} height={height} rx={3} className="criterion-bar__rect" />
      {width >= MIN_LABELLED_WIDTH && (
        <text x={centreX} y={y - 8} textAnchor="middle" className="criterion-bar__value">
          {formatValue(datum.mean)}
        </text>
      )}
    </g>
  );
}
