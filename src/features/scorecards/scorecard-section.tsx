import { useMemo } from 'react';
import { useFigureLookups } from '../../components/figures/figure-context';
import type { ViewState } from '../../lib/url-state';
import type { ScorecardInfo } from './catalogue';
import type { SCORECARD_PARAMS } from './params';
import { scorecardColumns } from './scorecard-columns';
import { ScorecardTable } from './scorecard-table';
import { columnPlan, groupedByOutcome, isRecorded, outcomeGroups, scorecardTableName, shortOutcome, type RowView } from './selectors';

interface Props {
  info: ScorecardInfo;
  /** Every row of the scorecard, so the columns do not jump as filters change. */
  all: readonly RowView[];
  /** The rows that match the filters. */
  shown: readonly RowView[];
  state: ViewState<typeof SCORECARD_PARAMS>;
}

function counted(shown: number, total: number): string {
  const noun = total === 1 ? 'indicator' : 'indicators';
  return shown === total ? `${total} ${noun}` : `${shown} of ${total} ${noun}`;
}

export function ScorecardSection({ info, all, shown, state }: Props) {
  const lookups = useFigureLookups();
  const plan = useMemo(() => columnPlan(all, info.layout), [all, info.layout]);
  const grouped = groupedByOutcome(info, all);
  const columns = useMemo(
    () => scorecardColumns(info, grouped ? { ...plan, outcome: false } : plan, lookups),
    [info, plan, grouped, lookups],
  );
  const groups = useMemo(() => (grouped ? outcomeGroups(all, shown) : []), [grouped, all, shown]);
  const headingId = `scorecard-${info.id}`;
  const table = (rows: readonly RowView[], caption: string, outcome: string | null) => (
    <div className="scorecard-table captions-narrow-hidden">
      <ScorecardTable
        name={scorecardTableName(info.id, outcome)}
        caption={caption}
        columns={columns}
        rows={rows}
        rowKey={(v) => v.key}
        empty="No indicators here match the filters."
        state={state}
      />
    </div>
  );
  // A phone shows the scorecard's values first and its source and notes on reading them straight after, as a figure's footnotes.
  // Both places are in the markup and CSS shows one (scorecards.css), so the prerendered page is laid out as it will stay.
  const notes = (where: 'wide' | 'narrow') => (
    <div className={`scorecard-notes scorecard-notes--${where}`}>
      <p className="file-meta">From: {info.document}.</p>
      {plan.direction && !info.arrowsExplained ? (
        <p className="notice">
          The document prints no key for its direction-of-travel arrows. Each arrow is shown as printed, with words that describe only the
          arrow: they do not say whether a change is better or worse. The notes on the rows say more where the data have them.
        </p>
      ) : null}
      {plan.rag && info.ragKey ? <p>{info.ragKey}</p> : null}
    </div>
  );
  return (
    <section aria-labelledby={headingId} className="scorecard-section">
      <h2 id={headingId}>{info.title}</h2>
      {info.known ? null : (
        <p>This scorecard is not yet described by the dashboard, so it is shown under its data id with every column the data hold.</p>
      )}
      {notes('wide')}
      {grouped
        ? groups.map((g, i) => (
            <section key={g.outcome} aria-labelledby={`${headingId}-${i}`}>
              <h3 id={`${headingId}-${i}`}>{isRecorded(g.outcome) ? g.outcome : 'Outcome not recorded'}</h3>
              {g.shown.length === 0 ? (
                <p>
                  None of its {g.total} {g.total === 1 ? 'indicator matches' : 'indicators match'} the filters.
                </p>
              ) : (
                table(g.shown, `${info.title} — ${shortOutcome(g.outcome)} (${counted(g.shown.length, g.total)})`, g.outcome)
              )}
            </section>
          ))
        : table(shown, `${info.title} (${counted(shown.length, all.length)})`, null)}
      {notes('narrow')}
    </section>
  );
}
