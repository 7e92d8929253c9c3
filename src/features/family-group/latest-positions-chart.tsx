import { useMemo } from 'react';
import { ChartFrame } from '../../components/charts/chart-frame';
import { DataTable } from '../../components/data-table/data-table';
import type { TableColumn } from '../../components/data-table/columns';
import { FigureValue } from '../../components/figures/figure-value';
import { usePartnership } from '../../components/partnership/partnership-context';
import { formatFigure } from '../../lib/figure-format';
import { ordinal } from '../../lib/ordinal';
import { PositionDotPlot } from './position-dot-plot';
import { PrintedArrows } from './printed-arrows';
import { arrowMatchesPositions, positionDots, positionWords, type PositionDot, type RankGrid } from './selectors';

interface Props {
  grid: RankGrid;
  labelOf: (measure: string) => string;
}

/** Every crime type's latest position beside the one before: a dot plot, best first, with the same in a table. */
export function LatestPositionsChart({ grid, labelOf }: Props) {
  const { shortName } = usePartnership().partnership;
  const { size } = grid.scope;
  const { change, dots } = useMemo(() => positionDots(grid), [grid]);
  const latest = change?.to ?? grid.dates.filter((d) => d.charted).at(-1) ?? null;
  const from = change?.from ?? null;
  const hasArrows = dots.some((d) => d.arrow !== null);
  const columns = useMemo((): TableColumn<PositionDot>[] => {
    const rank = (pick: (d: PositionDot) => PositionDot['latest'], at: string): TableColumn<PositionDot> => ({
      id: `rank-${at}`,
      header: `Position at ${at}`,
      numeric: true,
      value: (d) => pick(d)?.value ?? null,
      cell: (d) => {
        const f = pick(d);
        return f ? (
          <FigureValue
            figure={f}
            display={`${ordinal(f.value)} of ${size.toString()}`}
            context={`${labelOf(d.measure)}, position at ${at}`}
          />
        ) : (
          <span className="not-published">not published</span>
        );
      },
    });
    return [
      { id: 'measure', header: 'Crime type', value: (d) => labelOf(d.measure), rowHeader: true },
      ...(latest ? [rank((d) => d.latest, latest.x)] : []),
      ...(from ? [rank((d) => d.previous, from.x)] : []),
      ...(from
        ? [
            {
              id: 'movement',
              header: 'Change (calculated from the positions)',
              value: (d: PositionDot) => d.movement?.places ?? null,
              cell: (d: PositionDot) =>
                d.movement ? (
                  <span className="family-movement">{d.movement.words}</span>
                ) : (
                  <span className="not-published">not both published</span>
                ),
            } satisfies TableColumn<PositionDot>,
          ]
        : []),
      ...(hasArrows
        ? [
            {
              id: 'printed',
              header: 'Arrow as printed',
              value: (d: PositionDot) => d.arrow?.value ?? null,
              cell: (d: PositionDot) => (
                <PrintedArrows
                  grid={grid}
                  arrows={d.arrow ? [d.arrow] : []}
                  measureName={labelOf(d.measure)}
                  expected={change ? { from: change.from.period.id, to: change.to.period.id } : null}
                />
              ),
            } satisfies TableColumn<PositionDot>,
          ]
        : []),
    ];
  }, [grid, labelOf, latest, from, hasArrows, size, change]);
  if (!latest) return null;
  // The arrow as printed, glyph only: what it means is in the documents' words quoted above, and a mismatch is said.
  const note = (d: PositionDot) => {
    if (!d.arrow) return null;
    const glyph = formatFigure(d.arrow).split(' ')[0] ?? '';
    return `printed arrow ${glyph}${arrowMatchesPositions(grid, d.arrow) === false ? ', not as the positions moved' : ''}`;
  };
  const best = dots[0];
  const moved = dots.filter((d) => d.movement);
  const up = moved.filter((d) => (d.movement?.places ?? 0) > 0).length;
  const down = moved.filter((d) => (d.movement?.places ?? 0) < 0).length;
  const summary =
    `At ${latest.x} ${shortName}'s best position was ${best?.latest ? `${ordinal(best.latest.value)} of ${size.toString()} for ${labelOf(best.measure)}` : 'not published'}.` +
    (from
      ? ` Since ${from.x}, ${up.toString()} of ${moved.length.toString()} crime types moved up (nearer 1st), ${down.toString()} moved down and ${(moved.length - up - down).toString()} did not change.`
      : '');
  return (
    <ChartFrame
      title={`Position in the family group at ${latest.x}${from ? `, beside ${from.x}` : ''}`}
      partId="latest-positions"
      subtitle={`${shortName}'s position out of the ${size.toString()} partnerships in its Home Office Most Similar Family Group, for each crime type, best first. 1st is best: the nearer the left, the better.`}
      summary={summary}
      chart={
        <PositionDotPlot
          rows={dots.map((d) => ({
            key: d.measure,
            label: labelOf(d.measure),
            latest: d.latest?.value ?? null,
            previous: d.previous?.value ?? null,
            words: positionWords(d, size, null),
            note: note(d),
          }))}
          size={size}
          latestLabel={latest.x}
          previousLabel={from?.x ?? null}
        />
      }
      table={
        <DataTable
          caption={`${shortName}'s position in its family group of ${size.toString()} at ${latest.x}${from ? ` and ${from.x}` : ''}, by crime type`}
          columns={columns}
          rows={dots}
          rowKey={(d) => d.measure}
          sort={null}
        />
      }
      footer={
        [
          from ? 'The change is calculated by the dashboard from the two published positions; up means nearer 1st.' : '',
          hasArrows
            ? 'Arrows are shown as printed; the documents’ own words on what they mean are quoted above. Where one points a different way from the positions, the table says so.'
            : '',
        ]
          .filter((s) => s !== '')
          .join(' ') || undefined
      }
    />
  );
}
