import { describe, expect, it } from 'vitest';
import { financialYearOf, formatRange, isLikeForLike, parsePeriodId } from './periods';

function parse(id: string) {
  const r = parsePeriodId(id);
  if (!r.ok) throw new Error(r.reason);
  return r.period;
}

describe('parsePeriodId', () => {
  it.each([
    ['fy2023-24', 'financial-year', '2023-04-01', '2024-03-31', '2023/24 (1 Apr 2023 to 31 Mar 2024)'],
    ['fy2023-24-ytd-2023-12-05', 'year-to-date', '2023-04-01', '2023-12-05', '2023/24 year to date (1 Apr to 5 Dec 2023)'],
    ['fy2019-20-ytd-2020-01-05', 'year-to-date', '2019-04-01', '2020-01-05', '2019/20 year to date (1 Apr 2019 to 5 Jan 2020)'],
    ['fy2023-24-q1', 'quarter', '2023-04-01', '2023-06-30', 'Q1 2023/24 (1 Apr to 30 Jun 2023)'],
    ['fy2023-24-q4', 'quarter', '2024-01-01', '2024-03-31', 'Q4 2023/24 (1 Jan to 31 Mar 2024)'],
    ['r12-2017-09-30', 'rolling-12-months', '2016-10-01', '2017-09-30', '12 months to 30 Sep 2017 (1 Oct 2016 to 30 Sep 2017)'],
    ['asat-2023-10-31', 'as-at', '2023-10-31', '2023-10-31', 'As at 31 Oct 2023'],
    ['m2024-03', 'month', '2024-03-01', '2024-03-31', 'March 2024'],
    ['m2024-02', 'month', '2024-02-01', '2024-02-29', 'February 2024'],
    ['cy2019', 'calendar-year', '2019-01-01', '2019-12-31', '2019 (calendar year)'],
    ['range-2023-04-01-2023-09-30', 'date-range', '2023-04-01', '2023-09-30', '1 Apr to 30 Sep 2023'],
  ])('%s is a %s from %s to %s', (id, type, start, end, label) => {
    expect(parse(id)).toMatchObject({ id, type, start, end, label, startStated: true, endStated: true });
  });

  it.each([
    [
      'fy2023-24-ytd-by-2024-01-18',
      'year-to-date',
      '2023-04-01',
      '2024-01-18',
      true,
      '2023/24 year to date (end date not stated; no later than 18 Jan 2024)',
    ],
    ['fy2022-23-ytd-unstated', 'year-to-date', '2022-04-01', '2023-03-31', true, '2022/23 year to date (end date not stated)'],
    [
      'r12-by-2020-03-02',
      'rolling-12-months',
      '2019-03-03',
      '2020-03-02',
      false,
      '12 months (end date not stated; no later than 2 Mar 2020)',
    ],
    ['y2013', 'year-as-printed', '2013-01-01', '2013-12-31', false, '2013 (dates not stated)'],
    ['y2017-by-2017-09-30', 'year-as-printed', '2017-01-01', '2017-09-30', false, '2017 (dates not stated; no later than 30 Sep 2017)'],
    [
      'range-2020-04-01-by-2024-03-31',
      'date-range',
      '2020-04-01',
      '2024-03-31',
      true,
      'From 1 Apr 2020 (end date not stated; no later than 31 Mar 2024)',
    ],
    ['unstated-by-2017-12-01', 'dates-not-stated', '2017-12-01', '2017-12-01', false, 'Dates not stated (no later than 1 Dec 2017)'],
  ])('%s is a %s whose end is not stated, only bounded (%s to %s)', (id, type, start, end, startStated, label) => {
    expect(parse(id)).toMatchObject({ id, type, start, end, startStated, endStated: false, label });
  });

  it('never prints an unstated end date as if it were stated', () => {
    for (const id of ['fy2023-24-ytd-by-2024-01-18', 'r12-by-2020-03-02', 'y2017-by-2017-09-30', 'unstated-by-2017-12-01']) {
      expect(parse(id).label).toMatch(/not stated/);
      expect(parse(id).label).not.toMatch(/\bto \d/);
    }
  });

  it.each([
    ['fy2023-25', 'consecutive'],
    ['fy2023-24-ytd-2024-04-05', 'not in financial year 2023/24'],
    ['fy2023-24-ytd-2023-02-30', 'is not a date'],
    ['asat-2023-13-01', 'is not a date'],
    ['range-2023-05-01-2023-04-01', 'ends before it starts'],
    ['fy2023-24-ytd-by-2024-04-18', 'not in financial year 2023/24'],
    ['y2017-by-2018-01-01', 'is not in 2017'],
    ['unstated-by-2017-02-30', 'is not a date'],
    ['2023/24', 'not a recognised period id'],
    ['', 'not a recognised period id'],
  ])('rejects %s (%s)', (id, reason) => {
    const r = parsePeriodId(id);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toContain(reason);
  });
});

describe('period helpers', () => {
  it('puts January to March in the previous financial year', () => {
    expect(financialYearOf('2024-03-31')).toBe(2023);
    expect(financialYearOf('2024-04-01')).toBe(2024);
  });

  it('writes the year once when both ends share it', () => {
    expect(formatRange('2023-04-01', '2023-12-05')).toBe('1 Apr to 5 Dec 2023');
    expect(formatRange('2019-04-01', '2020-01-05')).toBe('1 Apr 2019 to 5 Jan 2020');
  });

  it('never treats a year to date as like for like with a full year', () => {
    expect(isLikeForLike(parse('fy2023-24-ytd-2023-12-05'), parse('fy2022-23'))).toBe(false);
    expect(isLikeForLike(parse('fy2023-24-ytd-2023-12-05'), parse('fy2022-23-ytd-2022-12-05'))).toBe(true);
    expect(isLikeForLike(parse('fy2023-24-ytd-2023-12-05'), parse('fy2022-23-ytd-2023-01-05'))).toBe(false);
  });
});
