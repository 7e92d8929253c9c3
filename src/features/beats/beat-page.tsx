import { useMemo } from 'react';
import type { DatasetFile } from '../../data/schema';
import type { ViewState } from '../../lib/url-state';
import { DataTable } from '../../components/data-table/data-table';
import { VirtualRows } from '../../components/data-table/virtual-rows';
import { SelectField } from '../../components/form/select-field';
import { withContext } from '../../components/data-table/columns';
import { FigureValue } from '../../components/figures/figure-value';
import { measureLabel, periodLabel, useFigureLookups } from '../../components/figures/figure-context';
import { formatNumber } from '../../lib/format';
import { usePartnership } from '../../components/partnership/partnership-context';
import { subareaName, subareasOf } from '../../data/partnership-areas';
import { capitalise } from '../../lib/words';
import type { BEAT_PARAMS } from './params';
import { BEAT_FIGURE_COLUMNS } from './beat-figure-columns';
import { figuresForBeat, shareOfBorough } from './selectors';
import { NarrowDisclosure } from '../../components/layout/narrow-disclosure';

interface Props {
  beat: string;
  beatCrime: DatasetFile<'beat-crime'>;
  cspCrime: DatasetFile<'csp-crime'>;
  places: DatasetFile<'places'>;
  state: ViewState<typeof BEAT_PARAMS>;
}

export function BeatPage({ beat, beatCrime, cspCrime, places, state }: Props) {
  const lookups = useFigureLookups();
  const partnership = usePartnership();
  const subareas = useMemo(() => subareasOf(partnership), [partnership]);
  const own = partnership.partnership.area;
  const { shortName } = partnership.partnership;
  const name = subareaName(subareas, beat);
  const area = subareas.areas.find((a) => a.code === beat);
  const formalName = area?.name ?? beat;
  const shortPlace = area?.shortName ?? '';
  const { params, setParams, linkTo } = state;
  const all = useMemo(() => figuresForBeat(beatCrime.figures, subareas, beat), [beatCrime, subareas, beat]);
  const crimes = useMemo(() => [...new Set(all.map((f) => f.measure))], [all]);
  const periodsHere = useMemo(
    () => [...new Set(all.filter((f) => params.crime === '' || f.measure === params.crime).map((f) => f.period))].sort(),
    [all, params.crime],
  );
  const shown = useMemo(
    () => all.filter((f) => (params.crime === '' || f.measure === params.crime) && (params.period === '' || f.period === params.period)),
    [all, params.crime, params.period],
  );
  const columns = useMemo(
    () => withContext(BEAT_FIGURE_COLUMNS, { lookups, beatName: name, subareaPlural: subareas.plural }),
    [lookups, name, subareas],
  );
  const allCrime = partnership.allCrimeMeasure;
  const shares = useMemo(() => shareOfBorough(all, cspCrime.figures, own, allCrime), [all, cspCrime, own, allCrime]);
  const wordings = places.beats.find((b) => b.beat === beat)?.wordings ?? [];
  const subgroups = places.subgroups.filter((s) => s.beat === beat);
  const subgroupNames = [...new Set(subgroups.map((s) => `${s.name} (${s.code})`))];

  return (
    <>
      <p className="breadcrumbs">
        <a href={linkTo({ beat: '', crime: '', period: '' })}>{capitalise(subareas.singular)} trends</a> › {name}
      </p>
      <h1>{name}</h1>
      {name !== formalName ? (
        <p>
          {formalName}, as the documents number it; named here after {shortPlace}, the place the documents name first for it.
        </p>
      ) : null}
      <section aria-labelledby="beat-covers">
        <h2 id="beat-covers">What the {subareas.singular} covers</h2>
        {wordings.length === 0 ? (
          <p>The documents in this snapshot do not describe this {subareas.singular}.</p>
        ) : (
          <NarrowDisclosure summary={`The documents’ wordings (${wordings.length})`}>
            <ul>
              {wordings.map((w) => (
                <li key={`${w.source.document}:${w.source.line}`}>
                  <q>{w.printed}</q>{' '}
                  <span className="file-meta">
                    ({lookups.documents.get(w.source.document) ?? w.source.document}, {w.source.ref}, line {w.source.line})
                  </span>
                </li>
              ))}
            </ul>
          </NarrowDisclosure>
        )}
        {subgroupNames.length > 0 ? (
          <p>
            Location subgroup: <strong>{subgroupNames.join('; ')}</strong>.
          </p>
        ) : (
          <p>The documents name no location subgroup for this {subareas.singular}.</p>
        )}
      </section>
      <section aria-labelledby="beat-share">
        <h2 id="beat-share">Share of {shortName}&rsquo;s crime</h2>
        {shares.length === 0 ? (
          <p>
            No share of all crime, and no {subareas.singular} and {shortName} counts for the same period, are published for this{' '}
            {subareas.singular}.
          </p>
        ) : (
          <ul>
            {shares.map((s) => (
              <li key={s.period}>
                {periodLabel(lookups, s.period)}:{' '}
                {s.published ? <FigureValue figure={s.published} context={`share of all crime, ${name}`} /> : null}
                {s.published && s.calculated ? '; ' : null}
                {s.calculated ? (
                  <>
                    {formatNumber(s.calculated.value, 1)}% calculated by the dashboard from the published counts (
                    {formatNumber(s.calculated.beatCount.value)} of {formatNumber(s.calculated.boroughCount.value)})
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="beat-figures">
        <h2 id="beat-figures">Every figure published for {name}</h2>
        <form className="filters" aria-label={`Filter ${name}'s figures`} onSubmit={(e) => e.preventDefault()}>
          <SelectField
            id="beat-crime"
            label="Crime type"
            value={params.crime}
            allLabel="All crime types"
            options={crimes.map((m) => ({ value: m, label: measureLabel(lookups, m) }))}
            onChange={(crime) => setParams({ crime, period: '' })}
          />
          <SelectField
            id="beat-period"
            label="Period"
            value={params.period}
            allLabel="All periods"
            options={periodsHere.map((p) => ({ value: p, label: periodLabel(lookups, p) }))}
            onChange={(period) => setParams({ period })}
          />
        </form>
        <DataTable
          caption={`Figures published for ${name}${params.crime ? `: ${measureLabel(lookups, params.crime)}` : ''}${params.period ? `, ${periodLabel(lookups, params.period)}` : ''} (${shown.length})`}
          columns={columns}
          rows={shown}
          rowKey={(f) => f.id}
          sort={params['sort.figures']}
          onSortChange={(sort) => setParams({ 'sort.figures': sort })}
          empty="No figures published for this selection."
          // A force-wide sub-area publishes thousands of figures (20 crime types × 120 months).
          virtualRows={VirtualRows}
        />
      </section>
    </>
  );
}
