import { useMemo } from 'react';
import { withContext } from '../../components/data-table/columns';
import { FigureValue } from '../../components/figures/figure-value';
import { periodLabel, useFigureLookups } from '../../components/figures/figure-context';
import type { ViewState } from '../../lib/url-state';
import { FUNDING_COLUMNS } from './funding-columns';
import type { SCORECARD_PARAMS } from './params';
import { ScorecardTable } from './scorecard-table';
import { fundTableName, type FundGroup } from './selectors';

interface Props {
  groups: readonly FundGroup[];
  state: ViewState<typeof SCORECARD_PARAMS>;
}

export function FundingSection({ groups, state }: Props) {
  const lookups = useFigureLookups();
  const { params, setParams } = state;
  const columns = useMemo(() => withContext(FUNDING_COLUMNS, lookups), [lookups]);
  const shown = groups.filter((g) => params.fund === '' || g.fund.id === params.fund);
  return (
    <section aria-labelledby="scorecards-funding" className="scorecard-section">
      <h2 id="scorecards-funding">Funding profiles</h2>
      {groups.length === 0 ? (
        <p>No amounts of money are published in this snapshot&rsquo;s documents.</p>
      ) : (
        <>
          <p>
            Amounts in pounds as the documents print them. A total is shown only where a document prints one; the dashboard never adds
            amounts up.
          </p>
          <form className="filters" aria-label="Choose a funding profile" onSubmit={(e) => e.preventDefault()}>
            <div className="field">
              <label htmlFor="scorecards-fund">Funding profile</label>
              <select id="scorecards-fund" value={params.fund} onChange={(e) => setParams({ fund: e.target.value })}>
                <option value="">All funding profiles</option>
                {groups.map((g) => (
                  <option key={g.fund.id} value={g.fund.id}>
                    {g.fund.title}
                  </option>
                ))}
              </select>
            </div>
          </form>
          {shown.length === 0 ? <p>This snapshot has no amounts for the funding profile chosen in the link.</p> : null}
          {shown.map((g) => (
            <section key={g.fund.id} aria-labelledby={`fund-${g.fund.id}`}>
              <h3 id={`fund-${g.fund.id}`}>{g.fund.title}</h3>
              <div className="scorecard-table captions-narrow-hidden">
                <ScorecardTable
                  name={fundTableName(g.fund.id)}
                  caption={`${g.fund.title}: amounts as published (${g.items.length})`}
                  columns={columns}
                  rows={g.items}
                  rowKey={(f) => f.id}
                  state={state}
                />
              </div>
              {g.totals.length > 0 ? (
                <ul className="scorecard-totals">
                  {g.totals.map((t) => (
                    <li key={t.id}>
                      Total printed for {periodLabel(lookups, t.period)}:{' '}
                      <strong>
                        <FigureValue figure={t} context={`${g.fund.title} total, ${periodLabel(lookups, t.period)}`} />
                      </strong>
                    </li>
                  ))}
                </ul>
              ) : null}
              {g.periodsWithoutTotal.length > 0 ? (
                <p>
                  No total of the allocations is printed for {g.periodsWithoutTotal.map((p) => periodLabel(lookups, p)).join(' or ')}, so
                  none is shown.
                </p>
              ) : null}
            </section>
          ))}
        </>
      )}
    </section>
  );
}
