import { useMemo } from 'react';
import type { DatasetFile } from '../../data/schema';
import { periodLabel, useFigureLookups } from '../../components/figures/figure-context';
import { crimeScorecard } from './selectors';
import { CrimeScorecardTable } from './crime-scorecard-table';
import { Headlines } from './headlines';

export interface OverviewLinks {
  beats: string;
  familyGroup: string;
  youthAsb: string;
  actions: string;
  scorecards: string;
  data: string;
  /** A crime type's rank history in the family-group view. */
  familyGroupFor: (measure: string) => string;
}

interface Props {
  cspCrime: DatasetFile<'csp-crime'>;
  familyGroup: DatasetFile<'family-group'>;
  asb: DatasetFile<'asb'>;
  actions: DatasetFile<'actions'>;
  links: OverviewLinks;
}

const WAYS_IN: { key: Exclude<keyof OverviewLinks, 'familyGroupFor'>; title: string; text: string }[] = [
  { key: 'beats', title: 'Beat trends', text: 'Crime in each of the ten police beats, 56 to 65, and a page for every beat.' },
  { key: 'familyGroup', title: 'Family group', text: "Charnwood's position among 15 similar partnerships, by crime type and date." },
  {
    key: 'youthAsb',
    title: 'Youth ASB',
    text: 'Youth-related anti-social behaviour, case reviews, Youth JAG, interventions and motorcycle-linked theft.',
  },
  { key: 'actions', title: 'Actions', text: 'Action logs, agreed actions and the recommendations the partnership tracks.' },
  { key: 'scorecards', title: 'Scorecards', text: 'The Safer Communities dashboard, CSP Plan measures and funding.' },
  { key: 'data', title: 'Data downloads', text: 'Every published figure as CSV and JSON, with its source.' },
];

function lowerFirst(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1);
}

export function OverviewView({ cspCrime, familyGroup, asb, actions, links }: Props) {
  const lookups = useFigureLookups();
  const card = useMemo(() => crimeScorecard(cspCrime.figures, familyGroup.figures, lookups.periods), [cspCrime, familyGroup, lookups]);
  return (
    <>
      <h1>Community safety in Charnwood</h1>
      <p>
        The figures Charnwood Community Safety Partnership has published, each with the document, table and line it came from. Where the
        documents disagree with themselves, the figure is shown as printed and marked <q>inconsistent</q>.
      </p>
      <section aria-labelledby="overview-crime">
        <h2 id="overview-crime">The nine monitored crime types</h2>
        {card ? (
          <>
            <p>
              {periodLabel(lookups, card.period)}
              {card.comparison ? <> compared with {periodLabel(lookups, card.comparison)}</> : null}
              {card.rankDate ? <>; family group positions {lowerFirst(periodLabel(lookups, card.rankDate))}</> : null}.
            </p>
            <CrimeScorecardTable card={card} familyGroupFor={links.familyGroupFor} />
          </>
        ) : (
          <p>This snapshot publishes no Charnwood crime figures for the monitored crime types.</p>
        )}
      </section>
      <Headlines asb={asb} actions={actions} youthAsbLink={links.youthAsb} actionsLink={links.actions} />
      <section aria-labelledby="overview-ways-in">
        <h2 id="overview-ways-in">Explore</h2>
        <ul className="cards">
          {WAYS_IN.map((w) => (
            <li key={w.key}>
              <a href={links[w.key]}>{w.title}</a>
              <p>{w.text}</p>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
