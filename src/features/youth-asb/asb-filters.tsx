import { measureLabel, periodLabel, useFigureLookups } from '../../components/figures/figure-context';
import type { ViewState } from '../../lib/url-state';
import { SelectField } from '../../components/form/select-field';
import type { YOUTH_ASB_PARAMS } from './params';
import type { SectionInfo } from './sections';
import { filtersLabel, NarrowDisclosure } from '../../components/layout/narrow-disclosure';
import { PrintedFilters } from '../../components/layout/printed-filters';

interface Props {
  /** Sections with something to show in this snapshot, in page order. */
  sections: readonly SectionInfo[];
  measures: readonly string[];
  periods: readonly string[];
  state: ViewState<typeof YOUTH_ASB_PARAMS>;
}

/** Native selects only, so every filter works by keyboard; each choice is kept in the URL. */
export function AsbFilters({ sections, measures, periods, state }: Props) {
  const lookups = useFigureLookups();
  const { params, setParams, linkTo } = state;
  const filtered = params.section !== '' || params.measure !== '' || params.period !== '';
  // A phone folds the filters away behind one line saying how many are in force.
  const active = [params.section, params.measure, params.period].filter((v) => v !== '').length;
  const form = (
    <form className="filters" aria-label="Filter the ASB figures" onSubmit={(e) => e.preventDefault()}>
      <SelectField
        id="asb-section"
        label="Section"
        value={params.section}
        allLabel="All sections"
        options={sections.map((s) => ({ value: s.id, label: s.title }))}
        onChange={(section) => setParams({ section, measure: '', period: '' })}
      />
      <SelectField
        id="asb-measure"
        label="Measure"
        value={params.measure}
        allLabel="All measures"
        options={measures.map((m) => ({ value: m, label: measureLabel(lookups, m) }))}
        onChange={(measure) => setParams({ measure, period: '' })}
      />
      <SelectField
        id="asb-period"
        label="Period (tables only)"
        value={params.period}
        allLabel="All periods"
        options={periods.map((p) => ({ value: p, label: periodLabel(lookups, p) }))}
        onChange={(period) => setParams({ period })}
      />
      {filtered ? (
        <p className="field">
          <a href={linkTo({ section: '', measure: '', period: '' })}>Show every section</a>
        </p>
      ) : null}
    </form>
  );
  return (
    <>
      <NarrowDisclosure summary={filtersLabel(active)}>{form}</NarrowDisclosure>
      <PrintedFilters
        filters={[
          { name: 'section', value: sections.find((s) => s.id === params.section)?.title },
          { name: 'measure', value: measures.includes(params.measure) ? measureLabel(lookups, params.measure) : undefined },
          { name: 'period', value: periods.includes(params.period) ? periodLabel(lookups, params.period) : undefined },
        ]}
      />
    </>
  );
}
