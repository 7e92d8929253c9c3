import { describe, expect, it } from 'vitest';
import { figure, periodMap, SYNTHETIC_PARTNERSHIP } from '../../../test/unit/fixtures';
import { actionCounts, crimeScorecard, latestFigures, type ScorecardScope } from './selectors';

const NOW = 'fy2098-99-ytd-2098-12-05';
const THEN = 'fy2097-98-ytd-2097-12-05';
const OLD = 'fy2096-97';
const periods = periodMap([NOW, THEN, OLD, 'asat-2098-10-31', 'asat-2097-10-31', 'asat-2099-03-31']);
const csp = { areaType: 'csp', areaCode: 'synthetic' } as const;
const other = { areaType: 'csp', areaCode: 'some-other-csp' } as const;
// SYNTHETIC: nine crime types, as a partnership might monitor, in its own order.
const scope: ScorecardScope = {
  crimeTypes: [
    'all-crime',
    'violence-with-injury',
    'burglary-residential',
    'burglary-business',
    'theft-of-motor-vehicles',
    'theft-from-motor-vehicles',
    'robbery',
    'cycle-theft',
    'shoplifting',
  ],
  area: { type: 'csp', code: 'synthetic' },
  familyUnit: 'rank-of-15',
};

describe('crimeScorecard', () => {
  const cspCrime = [
    figure({ ...csp, measure: 'all-crime', period: NOW, value: 900 }),
    figure({ ...csp, measure: 'robbery', period: NOW, value: 40 }),
    figure({ ...csp, measure: 'all-crime', period: THEN, value: 1000 }),
    figure({ ...csp, measure: 'all-crime', period: NOW, comparison: THEN, statistic: 'difference', value: -100 }),
    figure({ ...csp, measure: 'all-crime', period: NOW, comparison: THEN, statistic: 'percent-change', value: -10, unit: 'percent' }),
    figure({ ...csp, measure: 'all-crime', period: OLD, value: 5000 }),
  ];
  const family = [
    figure({ ...csp, measure: 'all-crime', period: 'asat-2098-10-31', statistic: 'rank', value: 12, unit: 'rank-of-15' }),
    figure({ ...csp, measure: 'robbery', period: 'asat-2098-10-31', statistic: 'rank', value: 2, unit: 'rank-of-15' }),
    figure({ ...csp, measure: 'all-crime', period: 'asat-2097-10-31', statistic: 'rank', value: 10, unit: 'rank-of-15' }),
    // After the period ends, so not the position printed with it.
    figure({ ...csp, measure: 'all-crime', period: 'asat-2099-03-31', statistic: 'rank', value: 1, unit: 'rank-of-15' }),
    figure({ ...csp, measure: 'all-crime', period: 'asat-2098-10-31', statistic: 'movement', value: 0, unit: 'direction' }),
  ];

  it('picks the period with the most crime types, its comparison and the family-group date before it ends', () => {
    const card = crimeScorecard(cspCrime, family, periods, scope);
    expect(card?.period).toBe(NOW);
    expect(card?.comparison).toBe(THEN);
    expect(card?.rankDate).toBe('asat-2098-10-31');
  });

  it('fills one row per monitored crime type, leaving unpublished cells empty', () => {
    const card = crimeScorecard(cspCrime, family, periods, scope);
    expect(card?.rows).toHaveLength(9);
    const all = card?.rows[0];
    expect([
      all?.current?.value,
      all?.previous?.value,
      all?.difference?.value,
      all?.change?.value,
      all?.rank?.value,
      all?.movement?.value,
    ]).toEqual([900, 1000, -100, -10, 12, 0]);
    const burglary = card?.rows.find((r) => r.measure === 'burglary-residential');
    expect(burglary?.current).toBeNull();
  });

  it("returns nothing when none of the partnership's crime counts are published", () => {
    expect(crimeScorecard([], family, periods, scope)).toBeNull();
  });

  it("never counts another partnership's figures of the same area type as its own", () => {
    const theirs = [
      figure({ ...other, measure: 'all-crime', period: OLD, value: 1 }),
      figure({ ...other, measure: 'robbery', period: OLD, value: 1 }),
      figure({ ...other, measure: 'shoplifting', period: OLD, value: 1 }),
      figure({ ...other, measure: 'all-crime', period: NOW, value: 77 }),
    ];
    const theirRank = figure({
      ...other,
      measure: 'all-crime',
      period: 'asat-2098-10-31',
      statistic: 'rank',
      value: 1,
      unit: 'rank-of-15',
    });
    const card = crimeScorecard([...theirs, ...cspCrime], [theirRank, ...family], periods, scope);
    expect(card?.period).toBe(NOW);
    expect([card?.rows[0]?.current?.value, card?.rows[0]?.rank?.value]).toEqual([900, 12]);
    expect(crimeScorecard(theirs, [theirRank], periods, scope)).toBeNull();
  });

  it("follows a partnership's own crime types and family-group unit (SYNTHETIC)", () => {
    const p = SYNTHETIC_PARTNERSHIP;
    const vale = { areaType: p.partnership.area.type, areaCode: p.partnership.area.code };
    const card = crimeScorecard(
      [figure({ ...vale, measure: 'robbery', period: NOW, value: 4 }), figure({ ...vale, measure: 'shoplifting', period: NOW, value: 9 })],
      [
        figure({ ...vale, measure: 'robbery', period: 'asat-2098-10-31', statistic: 'rank', value: 3, unit: p.familyGroup.unit }),
        figure({ ...vale, measure: 'robbery', period: 'asat-2097-10-31', statistic: 'rank', value: 5, unit: 'rank-of-15' }),
      ],
      periods,
      { crimeTypes: p.crimeTypes, area: p.partnership.area, familyUnit: p.familyGroup.unit },
    );
    expect(card?.rows.map((r) => r.measure)).toEqual(p.crimeTypes);
    expect(card?.rankDate).toBe('asat-2098-10-31');
    expect(card?.rows.find((r) => r.measure === 'robbery')?.rank?.value).toBe(3);
  });
});

describe('headline figures', () => {
  it('takes the latest published figure of each measure', () => {
    const figures = [
      figure({ ...csp, measure: 'youth-asb-records', period: THEN, value: 1 }),
      figure({ ...csp, measure: 'youth-asb-records', period: NOW, value: 2 }),
      figure({ ...csp, measure: 'youth-asb-records', period: NOW, statistic: 'percent-change', value: 5, unit: 'percent' }),
    ];
    const headlines = [
      { measure: 'youth-asb-records', statistic: 'count' },
      { measure: 'never-published', statistic: 'count' },
    ];
    expect(latestFigures(figures, periods, headlines, scope.area).map((f) => f.value)).toEqual([2]);
  });

  it("takes no other partnership's figure as a headline", () => {
    const figures = [
      figure({ ...csp, measure: 'youth-asb-records', period: THEN, value: 1 }),
      figure({ ...other, measure: 'youth-asb-records', period: NOW, value: 2 }),
    ];
    expect(latestFigures(figures, periods, [{ measure: 'youth-asb-records', statistic: 'count' }], scope.area).map((f) => f.value)).toEqual(
      [1],
    );
  });

  it('counts actions by kind', () => {
    expect(actionCounts([{ kind: 'agreed' }, { kind: 'agreed' }, { kind: 'action-log' }], [1])).toEqual({
      total: 4,
      byKind: [
        { kind: 'agreed', count: 2 },
        { kind: 'action-log', count: 1 },
      ],
      recommendations: 1,
    });
  });
});
