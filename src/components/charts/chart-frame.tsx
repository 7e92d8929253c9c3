import { useId, useRef, useState, type ReactNode } from 'react';
import { composeSvg, svgSize, svgToPng } from './chart-export';
import type { ChartSeries } from './palette';
import { useFigureLookups } from '../figures/figure-context';
import { usePartnership } from '../partnership/partnership-context';
import { slug } from '../../lib/csv';
import { saveFile } from '../../lib/download';
import { formatDate } from '../../lib/periods';
import { useUrlValues } from '../layout/url-values';
import { PartEmbedButton, usePartTarget } from '../layout/part-embed';
import { useDocumentMode } from '../layout/document-mode';

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
  /** The series in key order, drawn with their styles into downloaded images. */
  keySeries?: readonly ChartSeries[];
  /**
   * The chart's id on its page, for the address (`show.<id>=table`): stable
   * across publications, so give one derived from the view's own ids where
   * the title may change. Defaults to the title's slug.
   */
  partId?: string;
}

/** How a chart is shown, from the address: only the one non-default value is read, anything else is the chart. */
function useChartMode(key: string): ['chart' | 'table', (mode: 'chart' | 'table') => void] {
  const url = useUrlValues();
  const [local, setLocal] = useState<'chart' | 'table'>('chart');
  if (!url) return [local, setLocal];
  return [url.get(key) === 'table' ? 'table' : 'chart', (mode) => url.set(key, mode === 'table' ? 'table' : null)];
}

/**
 * The container layer of a chart: title, subtitle and summary, and a choice
 * between the chart and its table. Both carry the same figures; the table is
 * the accessible alternative and what prints when chosen.
 */
export function ChartFrame({ title, subtitle, summary, chart, table, footer, headingLevel = 2, keySeries = [], partId }: Props) {
  const lookups = useFigureLookups();
  const partnership = usePartnership().partnership;
  const chartRef = useRef<HTMLDivElement>(null);
  const [exportError, setExportError] = useState<string | null>(null);
  const Heading = `h${headingLevel}` as const;
  const part = partId ?? slug(title);
  const [mode, setMode] = useChartMode(`show.${part}`);
  const target = usePartTarget(part);
  const id = useId();
  const documentMode = useDocumentMode();

  const exportSvg = (): string | null => {
    const surface = chartRef.current?.querySelector('svg.recharts-surface, svg.chart-svg');
    if (!surface) return null;
    const box = surface.getBoundingClientRect();
    // An exported image travels without the page around it, so a made-up partnership's says so itself.
    const synthetic = partnership.synthetic ? 'SYNTHETIC DATA: a made-up partnership for testing; none of these figures is real. ' : '';
    const source = `${synthetic}Source: ${lookups.snapshot.title}${lookups.snapshot.figuresTo ? `; main figures to ${formatDate(lookups.snapshot.figuresTo)}` : ''}. ${partnership.name} dashboard; every figure as published, with its table and line in the dashboard.`;
    return composeSvg(new XMLSerializer().serializeToString(surface), box.width, box.height, { title, subtitle, source, key: keySeries });
  };
  const fileName = `${partnership.id}-${slug(title)}${lookups.snapshot.id ? `-${lookups.snapshot.id}` : ''}`;
  // The chart's code loads as it nears the screen, so a click can come before it is drawn: say so rather than do nothing.
  const notDrawn = 'The chart has not been drawn yet: try again once it appears.';
  const downloadSvg = () => {
    const svg = exportSvg();
    setExportError(svg ? null : notDrawn);
    if (svg) saveFile(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }), `${fileName}.svg`);
  };
  const downloadPng = async () => {
    const svg = exportSvg();
    if (!svg) {
      setExportError(notDrawn);
      return;
    }
    const { width, height } = svgSize(svg);
    try {
      setExportError(null);
      saveFile(await svgToPng(svg, width, height), `${fileName}.png`);
    } catch (e) {
      setExportError(e instanceof Error ? e.message : String(e));
    }
  };
  const chartBox = (
    <div
      className="chart-frame__chart"
      role="img"
      aria-label={`${title}. ${summary} The same figures are in the table view.`}
      ref={chartRef}
    >
      {chart}
    </div>
  );
  // On paper there is nothing to choose or download: the chart, then its table.
  if (documentMode) {
    return (
      <figure className="chart-frame chart-frame--document" aria-labelledby={`${id}-title`} data-part-id={part}>
        {/* Kept on one page together: a chart is not read apart from its title. */}
        <div className="chart-frame__drawing">
          <Heading id={`${id}-title`} className="chart-frame__title">
            {title}
          </Heading>
          <p className="chart-frame__subtitle">{subtitle}</p>
          <p className="chart-frame__summary">{summary}</p>
          {chartBox}
          <p className="chart-frame__source file-meta">
            Source: {lookups.snapshot.title}. Each figure drawn is in the table below, numbered to its document, table and line in the
            endnotes.
          </p>
        </div>
        <div className="chart-frame__table">{table}</div>
        {footer ? <figcaption className="chart-frame__footer">{footer}</figcaption> : null}
      </figure>
    );
  }
  return (
    <figure className="chart-frame" aria-labelledby={`${id}-title`} data-part-id={part} {...target}>
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
        <>
          <div className="chart-actions">
            <button type="button" className="button-secondary" onClick={downloadPng}>
              Download PNG<span className="visually-hidden">: {title}</span>
            </button>
            <button type="button" className="button-secondary" onClick={downloadSvg}>
              Download SVG<span className="visually-hidden">: {title}</span>
            </button>
            <PartEmbedButton partId={part} title={title} what="chart" />
            {exportError ? <span role="alert">{exportError}</span> : null}
          </div>
          {chartBox}
        </>
      ) : (
        <div className="chart-frame__table">{table}</div>
      )}
      {footer ? <figcaption className="chart-frame__footer">{footer}</figcaption> : null}
    </figure>
  );
}
