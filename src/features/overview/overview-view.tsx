import { useMemo } from 'react';
import type { DatasetFile } from '../../data/schema';
import type { Partnership } from '../../data/partnership';
import { codeSpan, subareaCodes, subareasOf } from '../../data/partnership-areas';
import { useFigureLookups } from '../../components/figures/figure-context';
import { usePartnership } from '../../components/partnership/partnership-context';
import { countWord } from '../../lib/words';
import { seriesLabelOf } from '../../lib/period-series';
import { crimeScorecard } from './selectors';
import { CrimeScorecardTable } from './crime-scorecard-table';
import { Headlines } from './headlines';
import { NewSinceLink } from './new-since-link';

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

type WayIn = Exclude<keyof OverviewLinks, 'familyGroupFor'>;

interface Props {
  cspCrime: DatasetFile<'csp-crime'>;
  familyGroup: DatasetFile<'family-group'>;
  asb: DatasetFile<'asb'>;
  actions: DatasetFile<'actions'>;
  links: OverviewLinks;
  /** Each view's title, as the navigation names it. */
  titles: Record<WayIn, string>;
}

/** The view ids the profile's `viewSummaries` are keyed by. */
const VIEW_IDS: Record<WayIn, string> = {
  beats: 'beats',
  familyGroup: 'family-group',
  youthAsb: 'youth-asb',
  actions: 'actions',
  scorecards: 'scorecards',
  data: 'data',
};

/** One line per view; the profile may word any of them to name what its documents contain. */
function waysIn(p: Partnership): { key: WayIn; text: string }[] {
  const subareas = subareasOf(p);
  const codes = subareaCodes(subareas);
  const generic: Record<WayIn, string> = {
    beats: `Crime in each of the ${countWord(codes.length)} ${subareas.plural}, ${codeSpan(codes)}, and a page for every ${subareas.singular}.`,
    familyGroup: `${p.partnership.shortName}'s position among ${p.familyGroup.size} similar partnerships, by crime type and date.`,
    youthAsb: 'Anti-social behaviour, youth-related ASB and the work with young people, section by section.',
    actions: 'Action logs, agreed actions and the recommendations the partnership tracks.',
    scorecards: 'Performance scorecards, targets and funding, as the documents print them.',
    data: 'Every published figure as CSV and JSON, with its source.',
  };
  return (Object.keys(generic) as WayIn[]).map((key) => ({ key, text: p.viewSummaries[VIEW_IDS[key]] ?? generic[key] }));
}

export function OverviewView({ cspCrime, familyGroup, asb, actions, links, titles }: Props) {
  const lookups = useFigureLookups();
  const partnership = usePartnership();
  const { shortName } = partnership.partnership;
  const scope = useMemo(
    () => ({ crimeTypes: partnership.crimeTypes, area: partnership.partnership.area, familyUnit: partnership.familyGroup.unit }),
    [partnership],
  );
  const card = useMemo(
    () => crimeScorecard(cspCrime.figures, familyGroup.figures, lookups.periods, scope),
    [cspCrime, familyGroup, lookups, scope],
  );
  const ways = useMemo(() => waysIn(partnership), [partnership]);
  const headline = card ? lookups.periods.get(card.period) : undefined;
  const trendSeries = headline ? seriesLabelOf(headline) : null;
  return (
    <div className="glance">
      <h1>Community safety in {shortName}</h1>
      <section aria-labelledby="overview-crime">
        <h2 id="overview-crime">The {countWord(partnership.crimeTypes.length)} monitored crime types</h2>
        {card ? (
          <>
            <CrimeScorecardTable card={card} familyGroupFor={links.familyGroupFor} />
            <p className="glance-notes">
              {trendSeries ? (
                <>
                  Trends show the same months each year ({trendSeries}) where three or more years are published; a gap is a year not
                  published.{' '}
                </>
              ) : null}
              Arrows are shown as printed; the words beside each position compare the two published positions. Select any figure for the
              document, table and line it came from; <span aria-hidden="true">⚠</span> <q>inconsistent</q> marks a figure two published
              values contradict, with the reason.
            </p>
          </>
        ) : (
          <p>This snapshot publishes no {shortName} crime figures for the monitored crime types.</p>
        )}
      </section>
      <Headlines asb={asb} actions={actions} youthAsbLink={links.youthAsb} actionsLink={links.actions} />
      <NewSinceLink />
      <section aria-labelledby="overview-ways-in">
        <h2 id="overview-ways-in">Explore</h2>
        <ul className="cards">
          {ways.map((w) => (
            <li key={w.key}>
              <a href={links[w.key]}>{titles[w.key]}</a>
              <p>{w.text}</p>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
