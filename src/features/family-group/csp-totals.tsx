import { useMemo } from 'react';
import type { Figure } from '../../data/schema';
import { DataTable } from '../../components/data-table/data-table';
import { withContext } from '../../components/data-table/columns';
import { useFigureLookups } from '../../components/figures/figure-context';
import { usePartnership } from '../../components/partnership/partnership-context';
import type { ViewState } from '../../lib/url-state';
import { CSP_TOTAL_COLUMNS } from './csp-total-columns';
import type { FAMILY_PARAMS } from './params';
import { cspFiguresFor, type FamilyScope } from './selectors';

interface Props {
  figures: readonly Figure[];
  scope: FamilyScope;
  measure: string;
  measureName: string;
  state: ViewState<typeof FAMILY_PARAMS>;
}

/** The partnership's own totals for the crime type: what the documents print beside the position. */
export function CspTotals({ figures, scope, measure, measureName, state }: Props) {
  const lookups = useFigureLookups();
  const { shortName } = usePartnership().partnership;
  const rows = useMemo(() => cspFiguresFor(figures, lookups.periods, measure, scope.area), [figures, lookups, measure, scope]);
  const columns = useMemo(() => withContext(CSP_TOTAL_COLUMNS, { lookups, measureName, scope }), [lookups, measureName, scope]);
  return (
    <section aria-labelledby="family-totals">
      <h2 id="family-totals">
        {shortName}&rsquo;s published totals for {measureName}
      </h2>
      <p>
        Counts, differences and percentage changes for {shortName} as a whole, as published, each with its own period. A year to date and a
        full year cover different lengths of time, so compare figures only with others of the same period.
      </p>
      <DataTable
        caption={`${measureName}: ${shortName}'s published figures (${rows.length})`}
        columns={columns}
        rows={rows}
        rowKey={(f) => f.id}
        sort={state.params['sort.totals']}
        onSortChange={(sort) => state.setParams({ 'sort.totals': sort })}
        empty={`No ${shortName} totals for ${measureName} are published in this snapshot.`}
      />
    </section>
  );
}
