import type { ViewState } from '../../lib/url-state';
import type { ScorecardInfo } from './catalogue';
import type { SCORECARD_PARAMS } from './params';
import { ragLabel } from './selectors';
import { filtersLabel, NarrowDisclosure } from '../../components/layout/narrow-disclosure';
import { PrintedFilters } from '../../components/layout/printed-filters';

interface Props {
  cards: readonly ScorecardInfo[];
  hasTargets: boolean;
  hasFunding: boolean;
  rags: readonly string[];
  /** Words for RAG codes beyond R, A and G, merged from the scorecards that print them. */
  ragWords: Readonly<Record<string, string>>;
  /** False when only the targets or funding are shown, which have no RAG ratings or indicators to search. */
  rowFilters: boolean;
  state: ViewState<typeof SCORECARD_PARAMS>;
}

/** Native controls only, so every filter works by keyboard and is announced by its label. */
export function ScorecardFilters({ cards, hasTargets, hasFunding, rags, ragWords, rowFilters, state }: Props) {
  const { params, setParams } = state;
  // A phone folds the filters away behind one line saying how many are in force.
  const active = [params.scorecard, params.rag, params.q].filter((v) => v !== '').length;
  const form = (
    <form className="filters" aria-label="Filter the scorecards" onSubmit={(e) => e.preventDefault()}>
      <div className="field">
        <label htmlFor="scorecards-show">Show</label>
        <select id="scorecards-show" value={params.scorecard} onChange={(e) => setParams({ scorecard: e.target.value })}>
          <option value="">Every scorecard, target and funding profile</option>
          {cards.map((c) => (
            <option key={c.id} value={c.id}>
              {c.title}
            </option>
          ))}
          {hasTargets ? <option value="targets">Targets and KPIs printed outside the scorecards</option> : null}
          {hasFunding ? <option value="funding">Funding profiles</option> : null}
        </select>
      </div>
      {rowFilters ? (
        <>
          <div className="field">
            <label htmlFor="scorecards-rag">RAG rating</label>
            <select id="scorecards-rag" value={params.rag} onChange={(e) => setParams({ rag: e.target.value })}>
              <option value="">Any rating</option>
              {rags.map((r) => (
                <option key={r} value={r}>
                  {ragLabel(r, ragWords)?.text ?? r}
                </option>
              ))}
            </select>
          </div>
          <div className="field scorecards-search">
            <label htmlFor="scorecards-q">Find words in indicators</label>
            <input id="scorecards-q" type="search" value={params.q} onChange={(e) => setParams({ q: e.target.value }, { replace: true })} />
          </div>
        </>
      ) : null}
    </form>
  );
  const shown =
    params.scorecard === 'targets' && hasTargets
      ? 'targets and KPIs printed outside the scorecards'
      : params.scorecard === 'funding' && hasFunding
        ? 'funding profiles'
        : cards.find((c) => c.id === params.scorecard)?.title;
  return (
    <>
      <NarrowDisclosure summary={filtersLabel(active)}>{form}</NarrowDisclosure>
      <PrintedFilters
        filters={[
          { name: 'only', value: shown },
          {
            name: 'RAG rating',
            value: rowFilters && rags.includes(params.rag) ? (ragLabel(params.rag, ragWords)?.text ?? params.rag) : undefined,
          },
          { name: 'indicators with the words', value: rowFilters && params.q.trim() !== '' ? `\u201c${params.q.trim()}\u201d` : undefined },
        ]}
      />
    </>
  );
}
