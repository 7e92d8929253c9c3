import { describe, expect, it } from 'vitest';
import { figure, periodMap, SYNTHETIC_PARTNERSHIP } from '../../../test/unit/fixtures';
import type { Figure } from '../../data/schema';
import { subareasOf, type Subareas } from '../../data/partnership-areas';
import type { NotPublished } from '../../data/schema';
import { restrictTrend } from './many-areas';
import {
  beatMeasures,
  beatPeriodSeries,
  beatTrend,
  contextSeries,
  figuresForBeat,
  pairedBeats,
  rankedBeats,
  seriesKeptFor,
  shareOfBorough,
  trendSummary,
  unavailableMeasures,
} from './selectors';

const YTD = ['fy2096-97-ytd-2096-12-05', 'fy2097-98-ytd-2097-12-05', 'fy2098-99-ytd-2098-12-05'];
const periods = periodMap([...YTD, 'fy2097-98', 'fy2098-99-ytd-2099-01-05']);

// SYNTHETIC sub-areas: ten numbered beats, as a police force might number them.
const BEATS: Subareas = {
  type: 'beat',
  singular: 'beat',
  plural: 'beats',
  areas: ['56', '57', '58', '59', '60', '61', '62', '63', '64', '65'].map((code) => ({
    code,
    name: `Beat ${code}`,
    shortName: null,
    label: `Beat ${code}`,
  })),
};
const CRIME_TYPES = ['all-crime', 'violence-with-injury', 'shoplifting'];
const OWN = { type: 'csp', code: 'synthetic' };

const figures = [
  figure({ areaCode: '62', period: YTD[0], value: 200 }),
  figure({ areaCode: '62', period: YTD[1], value: 220 }),
  figure({ areaCode: '62', period: YTD[2], value: 210 }),
  figure({ areaCode: '65', period: YTD[0], value: 150 }),
  figure({ areaCode: '65', period: YTD[2], value: 160 }),
  figure({ areaCode: '62', period: 'fy2097-98', value: 300 }),
  figure({ areaCode: '62', period: 'fy2098-99-ytd-2099-01-05', value: 250 }),
  figure({ areaCode: '62', period: YTD[2], value: 999, preferred: false }),
  figure({ areaCode: '62', measure: 'shoplifting', period: YTD[2], value: 40 }),
  figure({ areaCode: '62', statistic: 'percent-change', period: YTD[2], comparison: YTD[1], value: -4.5, unit: 'percent' }),
];

describe('beat selectors', () => {
  it('lists measures with beat counts, the monitored crime types first', () => {
    expect(beatMeasures([figure({ measure: 'drug-possession', value: 1 }), ...figures], BEATS, CRIME_TYPES)).toEqual([
      'all-crime',
      'shoplifting',
      'drug-possession',
    ]);
  });

  it('offers like-for-like period series, longest first', () => {
    expect(beatPeriodSeries(figures, periods, 'all-crime', BEATS).map((s) => [s.key, s.periods.length])).toEqual([
      ['ytd-12-05', 3],
      ['financial-year', 1],
      ['ytd-01-05', 1],
    ]);
  });

  it('builds one series per beat from preferred counts, with gaps left empty', () => {
    const trend = beatTrend(figures, periods, { measure: 'all-crime', seriesKey: '', beats: ['62', '65'], from: '', to: '' }, BEATS);
    expect(trend.series?.key).toBe('ytd-12-05');
    expect(trend.points.map((p) => [p.x, p.values])).toEqual([
      ['2096/97', { '62': 200, '65': 150 }],
      ['2097/98', { '62': 220, '65': null }],
      ['2098/99', { '62': 210, '65': 160 }],
    ]);
  });

  it('limits the series to a period range', () => {
    const q = { measure: 'all-crime', seriesKey: 'ytd-12-05', beats: ['62'], from: YTD[1]!, to: YTD[2]! };
    expect(beatTrend(figures, periods, q, BEATS).points.map((p) => p.period.id)).toEqual([YTD[1], YTD[2]]);
  });

  it('never joins a full year to a year-to-date series', () => {
    const trend = beatTrend(figures, periods, { measure: 'all-crime', seriesKey: 'financial-year', beats: [], from: '', to: '' }, BEATS);
    expect(trend.points.map((p) => p.period.id)).toEqual(['fy2097-98']);
    expect(trend.beats).toHaveLength(10);
  });

  it('summarises the chart in one sentence', () => {
    const trend = beatTrend(figures, periods, { measure: 'all-crime', seriesKey: '', beats: ['62', '65'], from: '', to: '' }, BEATS);
    expect(trendSummary(trend, 'All crime', BEATS)).toBe(
      'Published all crime counts by beat, 2096/97 to 2098/99: Beat 62 had the most in 2098/99 (210). 2 of 2 beats shown had more in 2098/99 than in 2096/97.',
    );
  });

  it('finds every figure for a beat and its share of the partnership, published or calculated', () => {
    expect(figuresForBeat(figures, BEATS, '65')).toHaveLength(2);
    const borough = [figure({ areaType: 'csp', areaCode: 'synthetic', period: YTD[2], value: 1000 })];
    const published = figure({ areaCode: '62', statistic: 'share', period: YTD[0], value: 21, unit: 'percent' });
    const shares = shareOfBorough([...figuresForBeat(figures, BEATS, '62'), published], borough, OWN, 'all-crime');
    expect(shares.map((s) => [s.period, s.published?.value ?? null, s.calculated?.value ?? null])).toEqual([
      [YTD[0], 21, null],
      [YTD[2], null, 21],
    ]);
  });

  it("takes the share of the profile's all-crime measure, whatever it is called, and none without one", () => {
    const renamed = (f: Figure): Figure => ({ ...f, measure: 'total-recorded-crime' });
    const beat = figuresForBeat(figures, BEATS, '62')
      .filter((f) => f.measure === 'all-crime')
      .map(renamed);
    const borough = [renamed(figure({ areaType: 'csp', areaCode: 'synthetic', period: YTD[2], value: 1000 }))];
    expect(shareOfBorough(beat, borough, OWN, 'total-recorded-crime').map((s) => s.calculated?.value)).toEqual([21]);
    expect(shareOfBorough(beat, borough, OWN, 'all-crime')).toEqual([]);
    expect(shareOfBorough(beat, borough, OWN, null)).toEqual([]);
  });

  it("never takes another partnership's total, or another partnership's beat of the same code type, as its own", () => {
    const borough = [figure({ areaType: 'csp', areaCode: 'some-other-csp', period: YTD[2], value: 500 })];
    expect(shareOfBorough(figuresForBeat(figures, BEATS, '62'), borough, OWN, 'all-crime')).toEqual([]);
    const foreignBeat = figure({ areaCode: '99', period: YTD[2], value: 5000 });
    const trend = beatTrend(
      [...figures, foreignBeat],
      periods,
      { measure: 'all-crime', seriesKey: '', beats: [], from: '', to: '' },
      BEATS,
    );
    expect(trend.beats).not.toContain('99');
    expect([...trend.cells.keys()].some((k) => k.startsWith('99|'))).toBe(false);
  });
});

describe('beat selectors for a partnership with wards (SYNTHETIC)', () => {
  const wards = subareasOf(SYNTHETIC_PARTNERSHIP);
  const ward = (code: string, value: number, period = YTD[2]!) => figure({ areaType: 'ward', areaCode: code, period, value });
  const wardFigures = [
    ward('w1', 30, YTD[1]),
    ward('w1', 40),
    ward('w3', 50, YTD[1]),
    ward('w3', 45),
    figure({ areaType: 'ward', areaCode: 'w1', measure: 'robbery', period: YTD[2], value: 3 }),
    figure({ areaType: 'ward', areaCode: 'w1', measure: 'shoplifting', period: YTD[2], value: 3 }),
    // Counts for beats are another partnership's sub-areas here, never these wards'.
    figure({ areaType: 'beat', areaCode: 'w2', period: YTD[2], value: 999 }),
  ];

  it("orders measures by the partnership's own crime types and draws only its wards, in the profile's order", () => {
    expect(beatMeasures(wardFigures, wards, SYNTHETIC_PARTNERSHIP.crimeTypes)).toEqual(['all-crime', 'robbery', 'shoplifting']);
    const trend = beatTrend(wardFigures, periods, { measure: 'all-crime', seriesKey: '', beats: [], from: '', to: '' }, wards);
    expect(trend.beats).toEqual(['w1', 'w2', 'w3']);
    expect(trend.points.map((p) => p.values)).toEqual([
      { w1: 30, w2: null, w3: 50 },
      { w1: 40, w2: null, w3: 45 },
    ]);
    expect(trendSummary(trend, 'All crime', wards)).toBe(
      'Published all crime counts by ward, 2097/98 to 2098/99: Ward Three had the most in 2098/99 (45). 1 of 3 wards shown had more in 2098/99 than in 2097/98.',
    );
  });
});

describe('seriesKeptFor', () => {
  const series = (key: string) => ({ key, label: key, periods: [] });
  it('keeps the periods on screen where the new crime type is published for them', () => {
    expect(seriesKeptFor([series('ytd-01-05'), series('ytd-12-05')], 'ytd-12-05')).toBe('ytd-12-05');
  });
  it("falls back to the new type's longest series, written as no parameter", () => {
    expect(seriesKeptFor([series('ytd-01-05')], 'ytd-12-05')).toBe('');
    expect(seriesKeptFor([series('ytd-12-05')], 'ytd-12-05')).toBe('');
    expect(seriesKeptFor([series('ytd-12-05')], null)).toBe('');
  });
});

describe('what the beat chart draws for one, two or more periods (SYNTHETIC)', () => {
  const all = { measure: 'all-crime', seriesKey: 'ytd-12-05', beats: [] as string[], from: '', to: '' };

  it('keeps the beats not chosen as grey context, styled as when they are chosen, and never in the chosen values', () => {
    const trend = beatTrend(figures, periods, { ...all, beats: ['62'] }, BEATS);
    expect(trend.points.map((p) => p.values)).toEqual([{ '62': 200 }, { '62': 220 }, { '62': 210 }]);
    expect(trend.points[0]?.others['65']).toBe(150);
    const context = contextSeries(trend, BEATS);
    expect(context.map((s) => s.key)).toEqual(['56', '57', '58', '59', '60', '61', '63', '64', '65']);
    expect(context.every((s) => s.context === true)).toBe(true);
    expect(contextSeries(beatTrend(figures, periods, all, BEATS), BEATS)).toEqual([]);
  });

  it('draws no context lines for a trend restricted to its drawn areas (many areas: no empty grey lines)', () => {
    const trend = restrictTrend(beatTrend(figures, periods, all, BEATS), ['62']);
    expect(contextSeries(trend, BEATS)).toEqual([]);
  });

  it('ranks one period most first, and names the beats with nothing published', () => {
    const trend = beatTrend(figures, periods, { ...all, from: YTD[2]!, to: YTD[2]! }, BEATS);
    const { ranked, missing } = rankedBeats(trend);
    expect(ranked).toEqual([
      { beat: '62', value: 210 },
      { beat: '65', value: 160 },
    ]);
    expect(missing).toEqual(['56', '57', '58', '59', '60', '61', '63', '64']);
    expect(trendSummary(trend, 'All crime', BEATS)).toBe(
      'Published all crime counts by beat for one period only, 2098/99: Beat 62 had the most (210). 8 of the 10 beats shown have no count published for it.',
    );
  });

  it('pairs two periods per beat, the latest most first, a beat missing one value kept with a null', () => {
    const trend = beatTrend(figures, periods, { ...all, beats: ['62', '65'], from: YTD[1]!, to: YTD[2]! }, BEATS);
    expect(pairedBeats(trend)).toEqual([
      { beat: '62', before: 220, after: 210 },
      { beat: '65', before: null, after: 160 },
    ]);
  });
});

describe('crime types that cannot be shown by beat', () => {
  const image: NotPublished = {
    dataset: 'beat-crime',
    title: "Figure 7: 'Robbery' by beat (SYNTHETIC)",
    measure: 'robbery',
    source: { kind: 'document', document: 'synthetic.txt', ref: 'Section 4', line: 9 },
    note: null,
  };

  it('lists each monitored type with no beat counts, with the image-only chart the data name for it, or none', () => {
    expect(unavailableMeasures(['all-crime', 'robbery', 'shoplifting'], ['all-crime'], [image])).toEqual([
      { measure: 'robbery', image },
      { measure: 'shoplifting', image: null },
    ]);
  });
});
