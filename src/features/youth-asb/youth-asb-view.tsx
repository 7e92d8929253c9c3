import { useMemo } from 'react';
import type { DatasetFile } from '../../data/schema';
import type { ViewState } from '../../lib/url-state';
import { useFigureLookups } from '../../components/figures/figure-context';
import { usePartnership } from '../../components/partnership/partnership-context';
import type { YOUTH_ASB_PARAMS } from './params';
import { AsbFilters } from './asb-filters';
import { AsbSection } from './asb-section';
import { labellerFor } from './labels';
import { asbSections, crimeTotalsForSections, hasContent, measureOptions, periodOptions } from './selectors';
import { asbLayout, FALLBACK_SECTION } from './sections';
import './youth-asb.css';
import { ViewIntro } from '../../components/layout/view-intro';
import { NarrowDisclosure } from '../../components/layout/narrow-disclosure';

interface Props {
  asb: DatasetFile<'asb'>;
  state: ViewState<typeof YOUTH_ASB_PARAMS>;
  /**
   * Optional: some measures a section lists (a quarter's theft of motor
   * vehicles) are recorded with police recorded crime. When the route passes
   * this file, they are drawn with the section's ASB figures.
   */
  cspCrime?: DatasetFile<'csp-crime'>;
}

export function YouthAsbView({ asb, state, cspCrime }: Props) {
  const { params } = state;
  const lookups = useFigureLookups();
  const partnership = usePartnership();
  const layout = useMemo(() => asbLayout(partnership), [partnership]);
  const labels = useMemo(() => labellerFor(lookups, layout.area), [lookups, layout]);
  const figures = useMemo(
    () => (cspCrime ? [...asb.figures, ...crimeTotalsForSections(cspCrime.figures, asb.figures, layout)] : asb.figures),
    [asb, cspCrime, layout],
  );
  const everySection = useMemo(
    () => asbSections(figures, asb.notPublished, lookups.periods, { section: '', measure: '', period: '' }, layout).filter(hasContent),
    [figures, asb, lookups, layout],
  );
  const section = everySection.some((s) => s.info.id === params.section) ? params.section : '';
  const measures = useMemo(() => measureOptions(figures, section, layout), [figures, section, layout]);
  const measure = measures.includes(params.measure) ? params.measure : '';
  const periods = useMemo(
    () => periodOptions(figures, lookups.periods, section, measure, layout),
    [figures, lookups, section, measure, layout],
  );
  const period = periods.includes(params.period) ? params.period : '';
  const sections = useMemo(
    () => asbSections(figures, asb.notPublished, lookups.periods, { section, measure, period }, layout).filter(hasContent),
    [figures, asb, lookups, section, measure, period, layout],
  );
  const empty = everySection.length === 0;
  const missing = layout.sections
    .filter((s) => s.id !== FALLBACK_SECTION && !everySection.some((e) => e.info.id === s.id))
    .map((s) => s.title);

  return (
    <>
      <h1>Youth and anti-social behaviour</h1>
      <ViewIntro>
        Figures on anti-social behaviour (ASB), youth-related ASB and the partnership&rsquo;s work with young people and adults at risk, as
        published in this snapshot&rsquo;s documents. Each value opens its source. A chart is drawn only where at least two like-for-like
        values are published; a year to date is never drawn on the same line as a full year.
      </ViewIntro>
      {empty ? (
        <p className="notice">
          This snapshot&rsquo;s documents publish no ASB figures and no ASB charts, so there is nothing to show here. Later snapshots have
          them.
        </p>
      ) : (
        <>
          <AsbFilters sections={everySection.map((s) => s.info)} measures={measures} periods={periods} state={state} />
          {section === '' && measure === '' ? (
            <NarrowDisclosure summary="Sections on this page">
              <nav aria-label="Sections on this page">
                <ul className="asb-contents">
                  {sections.map((s) => (
                    <li key={s.info.id}>
                      <a href={`#asb-${s.info.id}`}>{s.info.title}</a>
                    </li>
                  ))}
                </ul>
              </nav>
            </NarrowDisclosure>
          ) : null}
          {section === '' && measure === '' && missing.length > 0 ? (
            <p>Nothing was published in this snapshot on: {missing.join('; ')}.</p>
          ) : null}
          {sections.map((s) => (
            <AsbSection key={s.info.id} section={s} labels={labels} layout={layout} state={state} />
          ))}
        </>
      )}
    </>
  );
}
