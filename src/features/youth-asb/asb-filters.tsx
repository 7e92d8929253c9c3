import { measureLabel, periodLabel, useFigureLookups } from '../../components/figures/figure-context';
import type { ViewState } from '../../lib/url-state';
import type { YOUTH_ASB_PARAMS } from './params';
import { SECTIONS, type SectionId } from './sections';

interface Props {
  /** Sections with something to show in this snapshot. */
  sections: readonly SectionId[];
  measures: readonly string[];
  periods: readonly string[];
  state: ViewState<typeof YOUTH_ASB_PARAMS>;
}

/** Native selects only, so every filter works by keyboard; each choice is kept in the URL. */
export function AsbFilters({ sections, measures, periods, state }: Props) {
  const lookups = useFigureLookups();
  const { params, setParams, linkTo } = state;
  const filtered = params.section !== '' || params.measure !== '' || params.period !== '';
  return (
    <form className="filters" aria-label="Filter the ASB figures" onSubmit={(e) => e.preventDefault()}>
      <div className="field">
        <label htmlFor="asb-section">Section</label>
        <select id="asb-section" value={params.section} onChange={(e) => setParams({ section: e.target.value, measure: '', period: '' })}>
          <option value="">All sections</option>
          {SECTIONS.filter((s) => sections.includes(s.id)).map((s) => (
            <option key={s.id} value={s.id}>
              {s.title}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="asb-measure">Measure</label>
        <select id="asb-measure" value={params.measure} onChange={(e) => setParams({ measure: e.target.value, period: '' })}>
          <option value="">All measures</option>
          {measures.map((m) => (
            <option key={m} value={m}>
              {measureLabel(lookups, m)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="asb-period">Period (tables only)</label>
        <select id="asb-period" value={params.period} onChange={(e) => setParams({ period: e.target.value })}>
          <option value="">All periods</option>
          {periods.map((p) => (
            <option key={p} value={p}>
              {periodLabel(lookups, p)}
            </option>
          ))}
        </select>
      </div>
      {filtered ? (
        <p className="field">
          <a href={linkTo({ section: '', measure: '', period: '' })}>Show every section</a>
        </p>
      ) : null}
    </form>
  );
}
