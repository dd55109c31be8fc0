export type CriterionChartLegendProps = {
  enablers: string;
  results: string;
  suppressed: string;
};

/** An HTML legend: it wraps, scales with the text size and reads in order. */
export function CriterionChartLegend({ enablers, results, suppressed }: CriterionChartLegendProps) {
  return (
    <ul className="chart-legend">
      <li className="chart-legend__item">
        <span className="chart-legend__swatch chart-legend__swatch--enabler" aria-hidden="true" />
        {enablers}
      </li>
      <li className="chart-legend__item">
        <span className="chart-legend__swatch chart-legend__swatch--result" aria-hidden="true" />
        {results}
      </li>
      <li className="chart-legend__item">
        <span
          className="chart-legend__swatch chart-legend__swatch--suppressed"
          aria-hidden="true"
        />
        {suppressed}
      </li>
    </ul>
  );
}
