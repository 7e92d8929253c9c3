import { describe, expect, it } from 'vitest';
import { figure, periodMap } from '../../../test/unit/fixtures';
import type { Subareas } from '../../data/partnership-areas';
import { heatTable } from './heat-table-data';

// SYNTHETIC: two beats, two crime types, two years to date.
const YTD = ['fy2096-97-ytd-2096-12-05', 'fy2097-98-ytd-2097-12-05'];
const periods = periodMap(YTD);
const BEATS: Subareas = {
  type: 'beat',
  singular: 'beat',
  plural: 'beats',
  areas: ['1', '2'].map((code) => ({ code, name: `Beat ${code}`, shortName: null, label: `Beat ${code}` })),
};

describe('heatTable', () => {
  it("takes the newest period's counts and published changes, per beat and crime type", () => {
    const t = heatTable(
      [
        figure({ areaCode: '1', period: YTD[0], value: 10 }),
        figure({ areaCode: '1', period: YTD[1], value: 12 }),
        figure({ areaCode: '1', period: YTD[1], statistic: 'percent-change', comparison: YTD[0], value: 20, unit: 'percent' }),
        figure({ areaCode: '2', measure: 'shoplifting', period: YTD[1], value: 5 }),
      ],
      periods,
      ['all-crime', 'shoplifting', 'arson'],
      BEATS,
    );
    expect(t?.period.id).toBe(YTD[1]);
    expect(t?.measures).toEqual(['all-crime', 'shoplifting']);
    expect(t?.cells.get('1|all-crime')?.count?.value).toBe(12);
    expect(t?.cells.get('1|all-crime')?.change?.value).toBe(20);
    expect(t?.cells.get('2|shoplifting')?.change).toBeNull();
    expect(t?.cells.get('2|all-crime')).toBeUndefined();
  });

  it('is null when no beat has a count', () => {
    expect(heatTable([], periods, ['all-crime'], BEATS)).toBeNull();
  });
});
