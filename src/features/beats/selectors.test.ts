import { describe, expect, it } from 'vitest';
import { figure, periodMap } from '../../../test/unit/fixtures';
import { beatMeasures, beatPeriodSeries, beatTrend, figuresForBeat, shareOfBorough, trendSummary } from './selectors';

const YTD = ['fy2096-97-ytd-2096-12-05', 'fy2097-98-ytd-2097-12-05', 'fy2098-99-ytd-2098-12-05'];
const periods = periodMap([...YTD, 'fy2097-98', 'fy2098-99-ytd-2099-01-05']);

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
    expect(beatMeasures([figure({ measure: 'drug-possession', value: 1 }), ...figures])).toEqual([
      'all-crime',
      'shoplifting',
      'drug-possession',
    ]);
  });

  it('offers like-for-like period series, longest first', () => {
    expect(beatPeriodSeries(figures, periods, 'all-crime').map((s) => [s.key, s.periods.length])).toEqual([
      ['ytd-12-05', 3],
      ['financial-year', 1],
      ['ytd-01-05', 1],
    ]);
  });

  it('builds one series per beat from preferred counts, with gaps left empty', () => {
    const trend = beatTrend(figures, periods, { measure: 'all-crime', seriesKey: '', beats: ['62', '65'], from: '', to: '' });
    expect(trend.series?.key).toBe('ytd-12-05');
    expect(trend.points.map((p) => [p.x, p.values])).toEqual([
      ['2096/97', { '62': 200, '65': 150 }],
      ['2097/98', { '62': 220, '65': null }],
      ['2098/99', { '62': 210, '65': 160 }],
    ]);
  });

  it('limits the series to a period range', () => {
    const trend = beatTrend(figures, periods, { measure: 'all-crime', seriesKey: 'ytd-12-05', beats: ['62'], from: YTD[1]!, to: YTD[2]! });
    expect(trend.points.map((p) => p.period.id)).toEqual([YTD[1], YTD[2]]);
  });

  it('never joins a full year to a year-to-date series', () => {
    const trend = beatTrend(figures, periods, { measure: 'all-crime', seriesKey: 'financial-year', beats: [], from: '', to: '' });
    expect(trend.points.map((p) => p.period.id)).toEqual(['fy2097-98']);
    expect(trend.beats).toHaveLength(10);
  });

  it('summarises the chart in one sentence', () => {
    const trend = beatTrend(figures, periods, { measure: 'all-crime', seriesKey: '', beats: ['62', '65'], from: '', to: '' });
    expect(trendSummary(trend, 'All crime')).toBe(
      'Published all crime counts by beat, 2096/97 to 2098/99: Beat 62 had the most in 2098/99 (210). 2 of 2 beats shown had more in 2098/99 than in 2096/97.',
    );
  });

  it('finds every figure for a beat and its share of the borough, published or calculated', () => {
    expect(figuresForBeat(figures, '65')).toHaveLength(2);
    const borough = [figure({ areaType: 'csp', areaCode: 'synthetic', period: YTD[2], value: 1000 })];
    const published = figure({ areaCode: '62', statistic: 'share', period: YTD[0], value: 21, unit: 'percent' });
    const shares = shareOfBorough([...figuresForBeat(figures, '62'), published], borough);
    expect(shares.map((s) => [s.period, s.published?.value ?? null, s.calculated?.value ?? null])).toEqual([
      [YTD[0], 21, null],
      [YTD[2], null, 21],
    ]);
  });
});
