import { useMemo } from 'react';
import type { DatasetFile } from '../../data/schema';
import { FigureValue } from '../../components/figures/figure-value';
import { measureLabel, periodLabel, useFigureLookups } from '../../components/figures/figure-context';
import { usePartnership } from '../../components/partnership/partnership-context';
import { formatNumber } from '../../lib/format';
import { actionCounts, latestFigures } from './selectors';

/** The profile's headline group shown beside the youth ASB link. */
const YOUTH_GROUP = 'youth-asb';

const KIND_NAMES: Record<string, string> = {
  agreed: 'agreed actions in minutes',
  'action-log': 'action-log entries',
  'action-plan': 'action-plan entries',
  'forward-programme': 'forward-programme items',
};

interface Props {
  asb: DatasetFile<'asb'>;
  actions: DatasetFile<'actions'>;
  youthAsbLink: string;
  actionsLink: string;
}

export function Headlines({ asb, actions, youthAsbLink, actionsLink }: Props) {
  const lookups = useFigureLookups();
  const partnership = usePartnership();
  const youth = useMemo(
    () =>
      latestFigures(
        asb.figures,
        lookups.periods,
        partnership.headlines.filter((h) => h.group === YOUTH_GROUP),
        partnership.partnership.area,
      ),
    [asb, lookups, partnership],
  );
  const counts = useMemo(() => actionCounts(actions.actions, actions.recommendations), [actions]);
  return (
    <div className="headline-grid">
      <section aria-labelledby="overview-youth">
        <h2 id="overview-youth">Youth anti-social behaviour</h2>
        {youth.length === 0 ? (
          <p>This snapshot publishes no youth ASB figures.</p>
        ) : (
          <dl className="headlines">
            {youth.map((f) => (
              <div key={f.id}>
                <dt>
                  {measureLabel(lookups, f.measure)}, {periodLabel(lookups, f.period)}
                </dt>
                <dd>
                  <FigureValue figure={f} context={measureLabel(lookups, f.measure)} />
                </dd>
              </div>
            ))}
          </dl>
        )}
        <p>
          <a href={youthAsbLink}>All youth ASB figures</a>
        </p>
      </section>
      <section aria-labelledby="overview-actions">
        <h2 id="overview-actions">Actions and recommendations</h2>
        {counts.total === 0 ? (
          <p>This snapshot publishes no actions or recommendations.</p>
        ) : (
          <ul>
            {counts.byKind.map((k) => (
              <li key={k.kind}>
                {formatNumber(k.count)} {KIND_NAMES[k.kind] ?? k.kind}
              </li>
            ))}
            {counts.recommendations > 0 ? (
              <li>{formatNumber(counts.recommendations)} Partnership Strategic Assessment recommendations</li>
            ) : null}
          </ul>
        )}
        <p>
          <a href={actionsLink}>All actions and recommendations</a>
        </p>
      </section>
    </div>
  );
}
