import { describe, expect, it } from 'vitest';
import { figure, periodMap, SYNTHETIC_PARTNERSHIP } from '../../../test/unit/fixtures';
import {
  arrowMatchesPositions,
  cspFiguresFor,
  documentsCited,
  familyScopeOf,
  latestChange,
  latestMovement,
  measureSummary,
  memberSpellings,
  movementBetween,
  movementWords,
  overviewSummary,
  positionDots,
  positionWords,
  rankPanel,
  rankGrid,
  rankHistory,
  rankSeries,
  statisticName,
  type FamilyScope,
} from './selectors';

// SYNTHETIC dates and positions, far in the future so they cannot be mistaken for a real partnership's.
const D1 = 'asat-2096-12-31';
const D2 = 'asat-2097-03-31';
const D3 = 'asat-2098-10-31';
const LONE = 'asat-2098-11-28';
const EARLY = 'asat-2096-12-05';
const periods = periodMap([D1, D2, D3, LONE, EARLY, 'fy2097-98', 'fy2096-97']);

const rank = (measure: string, period: string, value: number) =>
  figure({ areaType: 'csp', areaCode: 'synthetic', measure, statistic: 'rank', unit: 'rank-of-15', period, value });

const figures = [
  rank('shoplifting', D1, 5),
  rank('all-crime', D1, 9),
  rank('robbery', D1, 3),
  rank('all-crime', D2, 11),
  rank('robbery', D2, 3),
  rank('shoplifting', D2, 6),
  rank('all-crime', D3, 8),
  rank('robbery', D3, 1),
  rank('shoplifting', D3, 15),
  rank('all-crime', LONE, 8),
  rank('all-crime', EARLY, 7),
  figure({
    areaType: 'csp',
    areaCode: 'synthetic',
    measure: 'robbery',
    statistic: 'movement',
    unit: 'direction',
    period: D3,
    comparison: D2,
    value: -1,
  }),
  figure({
    areaType: 'csp',
    areaCode: 'synthetic',
    measure: 'all-crime',
    statistic: 'rank',
    unit: 'rank-among-synthetic-areas',
    period: D3,
    value: 2,
  }),
  { ...rank('all-crime', D3, 14), preferred: false },
];

const label = (m: string) => ({ 'all-crime': 'All crime', robbery: 'Robbery', shoplifting: 'Shoplifting' })[m] ?? m;

const scope: FamilyScope = {
  area: { type: 'csp', code: 'synthetic' },
  crimeTypes: ['all-crime', 'robbery', 'cycle-theft', 'shoplifting'],
  size: 15,
  unit: 'rank-of-15',
  allCrime: 'all-crime',
};
const OWN = 'Synthetic';

describe('family group selectors', () => {
  const grid = rankGrid(figures, periods, scope);

  it('keeps only preferred positions out of 15, crime types in the documents’ order', () => {
    expect(grid.measures).toEqual(['all-crime', 'robbery', 'shoplifting']);
    expect(grid.cells.get(`all-crime|${D3}`)?.value).toBe(8);
    expect(grid.otherRanks.map((f) => f.unit)).toEqual(['rank-among-synthetic-areas']);
  });

  it('charts only dates with a table of positions; lone quotes stay in the table', () => {
    expect(grid.dates.map((d) => [d.period.id, d.charted])).toEqual([
      [EARLY, false],
      [D1, true],
      [D2, true],
      [D3, true],
      [LONE, false],
    ]);
    expect(rankSeries(grid, ['all-crime', 'robbery']).map((p) => [p.x, p.values])).toEqual([
      ['31 Dec 2096', { 'all-crime': 9, robbery: 3 }],
      ['31 Mar 2097', { 'all-crime': 11, robbery: 3 }],
      ['31 Oct 2098', { 'all-crime': 8, robbery: 1 }],
    ]);
  });

  it('writes movement in words, up meaning nearer 1st', () => {
    expect(movementWords(2)).toBe('up 2 places');
    expect(movementWords(-1)).toBe('down 1 place');
    expect(movementWords(0)).toBe('no change');
    expect(movementBetween(rank('robbery', D1, 4), rank('robbery', D2, 6))?.words).toBe('down 2 places');
    expect(movementBetween(undefined, rank('robbery', D2, 6))).toBeNull();
  });

  it('calculates the latest change between the last two charted dates', () => {
    const change = latestChange(grid);
    expect([change?.from.period.id, change?.to.period.id]).toEqual([D2, D3]);
    expect(latestMovement(grid, 'all-crime')?.words).toBe('up 3 places');
    expect(latestMovement(grid, 'shoplifting')?.words).toBe('down 9 places');
  });

  it('checks a printed arrow against the positions it compares', () => {
    const [arrow] = grid.printed.get('robbery') ?? [];
    expect(arrow && arrowMatchesPositions(grid, arrow)).toBe(false);
    const up = figure({
      areaType: 'csp',
      measure: 'all-crime',
      statistic: 'movement',
      unit: 'direction',
      period: D3,
      comparison: D2,
      value: 1,
    });
    expect(arrowMatchesPositions(grid, up)).toBe(true);
    expect(arrowMatchesPositions(grid, { ...up, comparison: EARLY, period: LONE })).toBe(false);
    expect(arrowMatchesPositions(grid, { ...up, measure: 'cycle-theft' })).toBeNull();
  });

  it('builds a crime type’s history with calculated and printed movement', () => {
    const rows = rankHistory(grid, 'robbery');
    expect(rows.map((r) => [r.date.period.id, r.rank?.value ?? null, r.movement?.words ?? null, r.printed.map((f) => f.value)])).toEqual([
      [D1, 3, null, []],
      [D2, 3, 'no change', []],
      [D3, 1, 'up 2 places', [-1]],
    ]);
    const all = rankHistory(grid, 'all-crime');
    expect(all.map((r) => [r.date.period.id, r.previous?.period.id ?? null])).toEqual([
      [EARLY, null],
      [D1, null],
      [D2, D1],
      [D3, D2],
      [LONE, null],
    ]);
  });

  it('summarises one crime type in a sentence', () => {
    expect(measureSummary(grid, 'all-crime', 'All crime', OWN)).toBe(
      "Synthetic's position for All crime was 9/15 at 31 Dec 2096 and 8/15 at 31 Oct 2098.",
    );
    expect(measureSummary(grid, 'cycle-theft', 'Cycle theft', OWN)).toBe('No position in the family group was published for Cycle theft.');
    const single = rankGrid([rank('robbery', D1, 4)], periods, scope);
    expect(measureSummary(single, 'robbery', 'Robbery', OWN)).toBe("Synthetic's position for Robbery was 4/15 at 31 Dec 2096.");
  });

  it('summarises every crime type in a sentence', () => {
    expect(overviewSummary(grid, label, OWN)).toBe(
      "At 31 Oct 2098 Synthetic's best position was 1/15 for Robbery and its worst 15/15 for Shoplifting; its position for All crime was 9/15 at 31 Dec 2096 and 8/15 at 31 Oct 2098.",
    );
    expect(overviewSummary(rankGrid([], periods, scope), label, OWN)).toBe(
      'No table of family group positions was published in this snapshot.',
    );
  });

  it("follows the profile's all-crime measure in the summary, and none without one", () => {
    const withoutAllCrime = rankGrid(figures, periods, { ...scope, allCrime: null });
    expect(overviewSummary(withoutAllCrime, label, OWN)).toBe(
      "At 31 Oct 2098 Synthetic's best position was 1/15 for Robbery and its worst 15/15 for Shoplifting.",
    );
    const robberyAsTotal = rankGrid(figures, periods, { ...scope, allCrime: 'robbery' });
    expect(overviewSummary(robberyAsTotal, label, OWN)).toMatch(/; its position for Robbery was /);
  });

  it('flags spellings that differ from the usual name and lists the documents used', () => {
    const source = (line: number) => ({ kind: 'document' as const, document: 'SYNTHETIC.txt', ref: 'Synthetic list', line });
    const member = {
      force: 'Synthshire',
      member: 'Fakeham',
      printings: [
        { printed: 'Fakeham', source: source(1) },
        { printed: 'Fakeam', source: source(2) },
        { printed: 'Fakeham', source: source(3) },
      ],
    };
    expect(memberSpellings(member).map((s) => [s.printed, s.differs, s.printings.map((p) => p.source.line)])).toEqual([
      ['Fakeham', false, [1, 3]],
      ['Fakeam', true, [2]],
    ]);
    expect([...documentsCited({ members: [member], figures: [] })]).toEqual(['SYNTHETIC.txt']);
  });

  it("lists the partnership's totals for a crime type in period order and names each statistic", () => {
    const totals = [
      figure({ areaType: 'csp', areaCode: 'synthetic', measure: 'robbery', period: 'fy2097-98', value: 30 }),
      figure({ areaType: 'csp', areaCode: 'synthetic', measure: 'robbery', period: 'fy2096-97', value: 20 }),
      figure({ areaType: 'csp', areaCode: 'synthetic', measure: 'shoplifting', period: 'fy2096-97', value: 10 }),
      figure({ measure: 'robbery', period: 'fy2096-97', value: 2 }),
      figure({ areaType: 'csp', areaCode: 'some-other-csp', measure: 'robbery', period: 'fy2096-97', value: 99 }),
    ];
    expect(cspFiguresFor(totals, periods, 'robbery', scope.area).map((f) => f.value)).toEqual([20, 30]);
    expect(statisticName(rank('robbery', D1, 3), scope)).toBe('Position in the family group of 15');
    expect(statisticName(grid.otherRanks[0]!, scope)).toBe('Position (among synthetic areas)');
  });

  it("never takes another partnership's position or arrow as its own", () => {
    const peer = (f: Parameters<typeof figure>[0]) => figure({ ...f, areaType: 'csp', areaCode: 'some-other-csp' });
    const theirs = [
      peer({ measure: 'robbery', statistic: 'rank', unit: 'rank-of-15', period: D3, value: 14 }),
      peer({ measure: 'cycle-theft', statistic: 'rank', unit: 'rank-of-15', period: D3, value: 2 }),
      peer({ measure: 'shoplifting', statistic: 'movement', unit: 'direction', period: D3, comparison: D2, value: 1 }),
      peer({ measure: 'all-crime', statistic: 'rank', unit: 'rank-among-peers', period: D3, value: 1 }),
    ];
    const mixed = rankGrid([...theirs, ...figures], periods, scope);
    expect(mixed.measures).toEqual(['all-crime', 'robbery', 'shoplifting']);
    expect(mixed.cells.get(`robbery|${D3}`)?.value).toBe(1);
    expect(mixed.printed.has('shoplifting')).toBe(false);
    expect(mixed.otherRanks).toHaveLength(1);
  });
});

describe('family group selectors for another partnership (SYNTHETIC)', () => {
  const vale = familyScopeOf(SYNTHETIC_PARTNERSHIP);
  const at = (measure: string, period: string, value: number, unit = vale.unit) =>
    figure({ areaType: vale.area.type, areaCode: vale.area.code, measure, statistic: 'rank', unit, period, value });

  it('keeps positions out of its own family-group size, in its own crime-type order', () => {
    const grid = rankGrid(
      [at('robbery', D1, 2), at('all-crime', D1, 12), at('burglary-residential', D1, 7), at('robbery', D2, 3, 'rank-of-15')],
      periods,
      vale,
    );
    expect(grid.measures).toEqual(['all-crime', 'burglary-residential', 'robbery']);
    expect(grid.otherRanks.map((f) => f.unit)).toEqual(['rank-of-15']);
    expect(statisticName(at('robbery', D1, 2), vale)).toBe('Position in the family group of 12');
    expect(overviewSummary(grid, label, SYNTHETIC_PARTNERSHIP.partnership.shortName)).toBe(
      "At 31 Dec 2096 Synthetic Vale's best position was 2/12 for Robbery and its worst 12/12 for All crime; its position for All crime was 12/12 at 31 Dec 2096.",
    );
  });
});

describe('latest positions beside the previous, and the panels of history (SYNTHETIC)', () => {
  const grid = rankGrid(figures, periods, scope);

  it('puts every crime type at the latest charted date beside the date before, best first, with the arrow printed for that pair', () => {
    const { change, dots } = positionDots(grid);
    expect([change?.from.period.id, change?.to.period.id]).toEqual([D2, D3]);
    expect(dots.map((d) => [d.measure, d.latest?.value, d.previous?.value, d.movement?.words, d.arrow?.value ?? null])).toEqual([
      ['robbery', 1, 3, 'up 2 places', -1],
      ['all-crime', 8, 11, 'up 3 places', null],
      ['shoplifting', 15, 6, 'down 9 places', null],
    ]);
  });

  it('says a position as "8th of 15", with where it was and its movement in words', () => {
    const [robbery, , shoplifting] = positionDots(grid).dots;
    expect(robbery && positionWords(robbery, 15, '31 Mar 2097')).toBe('1st of 15, was 3rd at 31 Mar 2097: up 2 places');
    expect(shoplifting && positionWords(shoplifting, 15, null)).toBe('15th of 15, was 6th: down 9 places');
    expect(positionWords({ measure: 'x', latest: null, previous: null, movement: null, arrow: null }, 15, null)).toBe('not published');
  });

  it('gives each panel the charted dates in time order, a missing position left as a gap', () => {
    const panel = rankPanel(grid, 'shoplifting');
    expect(panel.map((p) => [p.x, p.rank])).toEqual([
      ['31 Dec 2096', 5],
      ['31 Mar 2097', 6],
      ['31 Oct 2098', 15],
    ]);
    expect(panel.map((p) => p.t)).toEqual([...panel.map((p) => p.t)].sort((a, b) => a - b));
    const gapped = rankPanel(
      rankGrid(
        figures.filter((f) => !(f.measure === 'robbery' && f.period === D2)),
        periods,
        scope,
      ),
      'robbery',
    );
    expect(gapped.map((p) => p.rank)).toEqual([3, null, 1]);
  });
});
