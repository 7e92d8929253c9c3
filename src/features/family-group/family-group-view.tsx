import { useCallback, useEffect, useMemo } from 'react';
import type { DatasetFile } from '../../data/schema';
import { problem, type ViewState } from '../../lib/url-state';
import { measureLabel, useFigureLookups } from '../../components/figures/figure-context';
import { NotPublishedList } from '../../components/figures/not-published-list';
import { usePartnership } from '../../components/partnership/partnership-context';
import type { FAMILY_PARAMS } from './params';
import { FamilyExplainer } from './family-explainer';
import { FamilyMembers } from './family-members';
import { LatestPositionsChart } from './latest-positions-chart';
import { RankChart } from './rank-chart';
import { RankHistoryPage } from './rank-history-page';
import { documentsCited, familyScopeOf, measuresWithArrows, rankGrid } from './selectors';
import './family-group.css';

interface Props {
  familyGroup: DatasetFile<'family-group'>;
  cspCrime: DatasetFile<'csp-crime'>;
  state: ViewState<typeof FAMILY_PARAMS>;
}

export function FamilyGroupView({ familyGroup, cspCrime, state }: Props) {
  const lookups = useFigureLookups();
  const partnership = usePartnership();
  const { shortName } = partnership.partnership;
  const scope = useMemo(() => familyScopeOf(partnership), [partnership]);
  const grid = useMemo(() => rankGrid(familyGroup.figures, lookups.periods, scope), [familyGroup, lookups, scope]);
  const documents = useMemo(() => documentsCited(familyGroup), [familyGroup]);
  const labelOf = useCallback((m: string) => measureLabel(lookups, m), [lookups]);
  const empty = familyGroup.figures.length === 0 && familyGroup.members.length === 0;

  // A crime type the data do not name is ignored and reported: the heading must never show an id taken from the link.
  const measure = state.params.measure;
  const known = measure === '' || lookups.measures.has(measure);
  const { reportProblem } = state;
  useEffect(() => {
    reportProblem('measure', known ? null : problem('measure', measure, 'a crime type this snapshot publishes'));
  }, [reportProblem, known, measure]);

  if (measure !== '' && known && !empty) {
    return <RankHistoryPage grid={grid} measure={measure} labelOf={labelOf} cspCrime={cspCrime} state={state} />;
  }

  return (
    <>
      <h1>{shortName} in its Most Similar Family Group</h1>
      {empty ? (
        <p className="notice">
          The documents in this snapshot publish no family group positions and no list of the family group&rsquo;s members. Choose a later
          snapshot to see them.
        </p>
      ) : null}
      <FamilyExplainer documents={documents} />
      {empty ? null : (
        <>
          {grid.measures.length > 0 ? (
            <>
              <LatestPositionsChart grid={grid} labelOf={labelOf} />
              <RankChart grid={grid} labelOf={labelOf} state={state} />
            </>
          ) : (
            <p>No positions in the family group are published in this snapshot.</p>
          )}
          {grid.measures.length > 0 ? (
            <section aria-labelledby="family-crime-types">
              <h2 id="family-crime-types">Each crime type&rsquo;s history</h2>
              <p>Each page shows the positions for one crime type over time, with {shortName}&rsquo;s published totals for it.</p>
              <ul className="link-grid">
                {measuresWithArrows(grid).map((m) => (
                  <li key={m}>
                    <a href={state.linkTo({ measure: m, 'sort.totals': null })}>{labelOf(m)}</a>
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
          <FamilyMembers members={familyGroup.members} state={state} />
        </>
      )}
      <NotPublishedList items={familyGroup.notPublished} />
    </>
  );
}
