import { periodLabel, useFigureLookups } from '../../components/figures/figure-context';
import type { ViewState } from '../../lib/url-state';
import type { YOUTH_ASB_PARAMS } from './params';
import { AsbFiguresTable } from './asb-figures-table';
import { AsbSeriesChart } from './asb-series-chart';
import { ImageOnlyCharts } from './image-only-charts';
import type { AsbSection as SectionData, Labeller } from './selectors';
import type { AsbLayout } from './sections';

interface Props {
  section: SectionData;
  labels: Labeller;
  layout: AsbLayout;
  state: ViewState<typeof YOUTH_ASB_PARAMS>;
}

export function AsbSection({ section, labels, layout, state }: Props) {
  const lookups = useFigureLookups();
  const { info, figures, total, charts, imageCharts } = section;
  const period = state.params.period;
  const headingId = `asb-${info.id}`;
  const caption = `${info.title}: figures published${period ? ` for ${periodLabel(lookups, period)}` : ''} (${figures.length} of ${total})`;
  return (
    <section className="asb-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{info.title}</h2>
      {total > 0 ? (
        <AsbFiguresTable
          caption={caption}
          figures={figures}
          sort={state.params.sort[info.id] ?? null}
          onSortChange={(sort) => state.setParams({ sort: { ...state.params.sort, [info.id]: sort } })}
        />
      ) : (
        <p>No figures were published in this snapshot for this section.</p>
      )}
      {charts.length === 0 && total > 0 ? (
        <p className="asb-no-chart">No chart: the documents publish fewer than two like-for-like values for any measure in this section.</p>
      ) : null}
      <ImageOnlyCharts items={imageCharts} headingId={`${headingId}-images`} />
      {charts.map((c) => (
        <AsbSeriesChart key={c.key} chart={c} labels={labels} layout={layout} />
      ))}
    </section>
  );
}
