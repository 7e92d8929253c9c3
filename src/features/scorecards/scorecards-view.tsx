import { useMemo } from 'react';
import type { DatasetFile } from '../../data/schema';
import type { ViewState } from '../../lib/url-state';
import { useFigureLookups } from '../../components/figures/figure-context';
import { NotPublishedList } from '../../components/figures/not-published-list';
import { usePartnership } from '../../components/partnership/partnership-context';
import { useKnownTables } from '../../components/data-table/use-checked-sort';
import { scorecardInfo } from './catalogue';
import { FundingSection } from './funding-section';
import { KpiTargets } from './kpi-targets';
import type { SCORECARD_PARAMS } from './params';
import { ScorecardFilters } from './scorecard-filters';
import { ScorecardSection } from './scorecard-section';
import { buildRowViews, filterRows, fundingGroups, ragOptions, scorecardIds, tableNames, targetsOutsideScorecards } from './selectors';
import './scorecards.css';
import { ViewIntro } from '../../components/layout/view-intro';
import { NarrowDisclosure } from '../../components/layout/narrow-disclosure';

interface Props {
  scorecards: DatasetFile<'scorecards'>;
  state: ViewState<typeof SCORECARD_PARAMS>;
}

export function ScorecardsView({ scorecards, state }: Props) {
  const { params } = state;
  const lookups = useFigureLookups();
  const { scorecards: profileCards, funds: profileFunds } = usePartnership();
  const views = useMemo(() => buildRowViews(scorecards.rows, scorecards.figures, lookups.notes.values()), [scorecards, lookups]);
  const cards = useMemo(
    () =>
      scorecardIds(scorecards.rows, profileCards).map((id) => {
        const doc = scorecards.rows.find((r) => r.scorecard === id)?.source.document ?? '';
        const info = scorecardInfo(id, lookups.documents.get(doc) ?? doc, profileCards);
        const all = views.filter((v) => v.row.scorecard === id);
        return { info, all };
      }),
    [scorecards, views, lookups, profileCards],
  );
  const filtered = useMemo(
    () => cards.map((c) => ({ ...c, shown: filterRows(c.all, { rag: params.rag, q: params.q }) })),
    [cards, params.rag, params.q],
  );
  const targets = useMemo(() => targetsOutsideScorecards(scorecards.figures, scorecards.rows), [scorecards]);
  const funds = useMemo(() => fundingGroups(scorecards.figures, profileFunds), [scorecards, profileFunds]);
  const rags = useMemo(() => ragOptions(scorecards.rows), [scorecards]);
  const tables = useMemo(() => tableNames(cards, funds), [cards, funds]);
  useKnownTables(params.sort, tables, state.reportProblem);
  const ragWords = useMemo(() => {
    const out: Record<string, string> = {};
    for (const c of cards) Object.assign(out, c.info.ragWords);
    return out;
  }, [cards]);

  const choice = params.scorecard;
  const known = choice === '' || choice === 'targets' || choice === 'funding' || cards.some((c) => c.info.id === choice);
  const showCard = (id: string) => choice === '' || choice === id;
  // With a filter on, scorecards with no match are named once instead of showing empty tables.
  const filtering = params.rag !== '' || params.q.trim() !== '';
  const emptyCards = filtered.filter((c) => showCard(c.info.id) && c.shown.length === 0);
  const visibleCards = filtered.filter((c) => showCard(c.info.id) && !(filtering && c.shown.length === 0));

  return (
    <>
      <h1>Scorecards, targets and funding</h1>
      <ViewIntro>
        Performance scorecards, KPI targets and funding profiles as the partnership&rsquo;s documents print them. Each number links to where
        it was printed. RAG ratings and direction-of-travel arrows are the documents&rsquo; own.
      </ViewIntro>
      {cards.length === 0 ? <p>The documents in this snapshot contain no scorecards.</p> : null}
      <ScorecardFilters
        cards={cards.map((c) => c.info)}
        hasTargets={targets.length > 0}
        hasFunding={funds.length > 0}
        rags={rags}
        ragWords={ragWords}
        rowFilters={choice !== 'targets' && choice !== 'funding'}
        state={state}
      />
      {!known ? (
        <p className="notice">
          This snapshot has no scorecard with the id given in this link. <a href={state.linkTo({ scorecard: '' })}>Show everything</a>.
        </p>
      ) : null}
      {choice === '' && cards.length > 0 ? (
        <NarrowDisclosure summary="On this page">
          <nav aria-labelledby="scorecards-contents">
            <h2 id="scorecards-contents">On this page</h2>
            <ul>
              {visibleCards.map((c) => (
                <li key={c.info.id}>
                  <a href={`#scorecard-${c.info.id}`}>{c.info.title}</a>
                </li>
              ))}
              <li>
                <a href="#scorecards-targets">Targets and KPIs printed outside the scorecards</a>
              </li>
              <li>
                <a href="#scorecards-funding">Funding profiles</a>
              </li>
            </ul>
          </nav>
        </NarrowDisclosure>
      ) : null}
      {filtering && emptyCards.length > 0 ? (
        <p>No indicators match the filters in: {emptyCards.map((c) => c.info.title).join('; ')}.</p>
      ) : null}
      {visibleCards.map((c) => (
        <ScorecardSection key={c.info.id} info={c.info} all={c.all} shown={c.shown} state={state} />
      ))}
      {choice === '' || choice === 'targets' ? <KpiTargets targets={targets} /> : null}
      {choice === '' || choice === 'funding' ? <FundingSection groups={funds} state={state} /> : null}
      {choice === '' ? <NotPublishedList items={scorecards.notPublished} /> : null}
    </>
  );
}
