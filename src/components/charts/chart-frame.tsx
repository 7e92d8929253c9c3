import { useId, useState, type ReactNode } from 'react';

interface Props {
  title: string;
  /** Statistical subtitle: what is measured, over which periods. */
  subtitle: string;
  /** One plain sentence saying what the chart shows. */
  summary: string;
  chart: ReactNode;
  table: ReactNode;
  /** Shown under the chart: sources, notes, "not published" series. */
  footer?: ReactNode;
  /** The title's heading level, so a chart inside a section nests under it. */
  headingLevel?: 2 | 3 | 4;
}

/**
 * The container layer of a chart: title, subtitle and summary, and a choice
 * between the chart and its table. Both carry the same figures; the table is
 * the accessible alternative and what prints when chosen.
 */
export function ChartFrame({ title, subtitle, summary, chart, table, footer, headingLevel = 2 }: Props) {
  const Heading = `h${headingLevel}` as const;
  const [mode, setMode] = useState<'chart' | 'table'>('chart');
  const id = useId();
  return (
    <figure className="chart-frame" aria-labelledby={`${id}-title`}>
      <Heading id={`${id}-title`} className="chart-frame__title">
        {title}
      </Heading>
      <p className="chart-frame__subtitle">{subtitle}</p>
      <p className="chart-frame__summary">{summary}</p>
      <fieldset className="toggle">
        <legend className="visually-hidden">Show {title} as</legend>
        <label>
          <input type="radio" name={`${id}-mode`} checked={mode === 'chart'} onChange={() => setMode('chart')} /> Chart
        </label>
        <label>
          <input type="radio" name={`${id}-mode`} checked={mode === 'table'} onChange={() => setMode('table')} /> Table
        </label>
      </fieldset>
      {mode === 'chart' ? (
        <div className="chart-frame__chart" role="img" aria-label={`${title}. ${summary} The same figures are in the table view.`}>
          {chart}
        </div>
      ) : (
        <div className="chart-frame__table">{table}</div>
      )}
      {footer ? <figcaption className="chart-frame__footer">{footer}</figcaption> : null}
    </figure>
  );
}
