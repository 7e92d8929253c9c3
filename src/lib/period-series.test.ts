import { describe, expect, it } from 'vitest';
import { groupPeriodSeries, shortPeriodLabel } from './period-series';
import { parsePeriodId } from './periods';

const p = (id: string) => {
  const r = parsePeriodId(id);
  if (!r.ok) throw new Error(r.reason);
  return r.period;
};

describe('groupPeriodSeries', () => {
  it('never puts a year to date in the same series as a full year or another part-year', () => {
    const series = groupPeriodSeries([
      p('fy2022-23-ytd-2022-12-05'),
      p('fy2023-24-ytd-2023-12-05'),
      p('fy2019-20-ytd-2020-01-05'),
      p('fy2020-21'),
      p('fy2021-22-ytd-2021-12-05'),
    ]);
    expect(series.map((s) => [s.key, s.periods.map((x) => x.id)])).toEqual([
      ['ytd-12-05', ['fy2021-22-ytd-2021-12-05', 'fy2022-23-ytd-2022-12-05', 'fy2023-24-ytd-2023-12-05']],
      ['financial-year', ['fy2020-21']],
      ['ytd-01-05', ['fy2019-20-ytd-2020-01-05']],
    ]);
    expect(series[0]?.label).toBe('year to date (1 April to 5 December)');
  });

  it('keeps an end date that is not stated out of series with stated ones, and says so in the label', () => {
    const series = groupPeriodSeries([p('fy2023-24-ytd-by-2024-01-18'), p('fy2022-23-ytd-by-2023-01-18'), p('fy2023-24-ytd-2024-01-18')]);
    expect(series.map((s) => [s.key, s.periods.map((x) => x.id)])).toEqual([
      ['ytd-by-01-18', ['fy2022-23-ytd-by-2023-01-18', 'fy2023-24-ytd-by-2024-01-18']],
      ['ytd-01-18', ['fy2023-24-ytd-2024-01-18']],
    ]);
    expect(series[0]?.label).toBe('year to date (end date not stated; no later than 18 January)');
  });

  it('never joins periods whose dates are not stated', () => {
    const series = groupPeriodSeries([p('y2013'), p('y2017-by-2017-09-30'), p('unstated-by-2017-12-01'), p('unstated-by-2020-03-02')]);
    expect(series.every((s) => s.periods.length === 1)).toBe(true);
    expect(series.map((s) => s.label).sort()).toEqual([
      '2013 (dates not stated)',
      '2017 (dates not stated; no later than 30 Sep 2017)',
      'Dates not stated (no later than 1 Dec 2017)',
      'Dates not stated (no later than 2 Mar 2020)',
    ]);
  });

  it('labels periods briefly for an axis', () => {
    expect(shortPeriodLabel(p('fy2023-24-ytd-2023-12-05'))).toBe('2023/24');
    expect(shortPeriodLabel(p('fy2023-24-q2'))).toBe('Q2 2023/24');
    expect(shortPeriodLabel(p('asat-2023-10-31'))).toBe('31 Oct 2023');
  });
});
