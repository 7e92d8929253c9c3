import { describe, expect, it } from 'vitest';
import type { Figure, Note, ScorecardRow } from '../../data/schema';
import { figure, SYNTHETIC_PARTNERSHIP } from '../../../test/unit/fixtures';
import { scorecardInfo, type FundInfo, type ProfileScorecard } from './catalogue';
import {
  buildRowViews,
  columnPlan,
  directionLabel,
  filterRows,
  fundingGroups,
  fundOf,
  indicatorText,
  placeFigures,
  ragLabel,
  ragOptions,
  outcomeGroups,
  rowNotes,
  scorecardIds,
  targetsOutsideScorecards,
} from './selectors';

const DOC = 'SYNTHETIC.txt';

/** SYNTHETIC scorecards and funds, as a profile's scorecards.csv and funds.csv would list them. */
const card = (id: string, title: string): ProfileScorecard => ({
  id,
  title,
  document: 'Synthetic document',
  layout: 'list',
  columns: { yearEnd: 'Year end', current: 'Current', rank: 'Rank' },
  refsPrinted: true,
  arrowsExplained: false,
  ragWords: [{ code: 'NS', word: 'Not yet started' }],
  ragKey: null,
  groupByOutcome: false,
});
const SCORECARDS = [card('synthetic-first', 'First card'), card('synthetic-second', 'Second card')];
const FUNDS: FundInfo[] = [
  {
    id: 'plf',
    title: 'Synthetic locality fund',
    measurePrefixes: ['partnership-locality-fund', 'plf-'],
    allocationPrefix: 'plf-allocation-',
    totalMeasure: 'plf-allocation-total',
  },
  {
    id: 'ci001',
    title: 'Synthetic youth fund',
    measurePrefixes: ['ci001-'],
    allocationPrefix: 'ci001-allocation-',
    totalMeasure: 'ci001-allocation-total',
  },
  { id: 'people-zone', title: 'Synthetic grants', measurePrefixes: ['people-zone-'], allocationPrefix: null, totalMeasure: null },
  { id: 'other', title: 'Other funding', measurePrefixes: [], allocationPrefix: null, totalMeasure: null },
];

/** A SYNTHETIC scorecard row: made-up wording, never shown as Charnwood's. */
function row(p: Partial<ScorecardRow> & Pick<ScorecardRow, 'row'>): ScorecardRow {
  return {
    scorecard: 'synthetic-card',
    outcome: 'Synthetic outcome',
    indicator: `Synthetic indicator ${p.row}`,
    measure: 'all-crime',
    rag: 'G',
    direction: '↑',
    progress: 'G',
    source: { kind: 'document', document: DOC, ref: 'Synthetic table', line: 900 },
    ...p,
  };
}

/** A figure printed on one given line of the synthetic document. */
function at(line: number, p: Partial<Figure> & Pick<Figure, 'value'>): Figure {
  return figure({
    printings: [{ printed: String(p.value), source: { kind: 'document', document: DOC, ref: 'Synthetic table', line } }],
    ...p,
  });
}

function note(id: string, line: number | null, kind: Note['kind'] = 'remark'): Note {
  return {
    id,
    kind,
    generated: false,
    text: `Synthetic note ${id}`,
    source: line === null ? null : { kind: 'document', document: DOC, ref: `line ${line}`, line },
    flag: null,
  };
}

describe('scorecard rows', () => {
  it("lists the profile's scorecards in its order and keeps unknown ones", () => {
    const rows = [
      row({ row: 'x', scorecard: 'made-up-card' }),
      row({ row: 'y', scorecard: 'synthetic-second' }),
      row({ row: 'z', scorecard: 'synthetic-first' }),
    ];
    expect(scorecardIds(rows, SCORECARDS)).toEqual(['synthetic-first', 'synthetic-second', 'made-up-card']);
    expect(scorecardInfo('made-up-card', 'Synthetic document', SCORECARDS)).toMatchObject({
      known: false,
      title: 'Scorecard “made-up-card”',
      document: 'Synthetic document',
    });
    expect(scorecardInfo('synthetic-second', 'Ignored', SCORECARDS)).toMatchObject({
      known: true,
      title: 'Second card',
      document: 'Synthetic document',
      ragWords: { NS: 'Not yet started' },
    });
    expect(scorecardIds(rows, SYNTHETIC_PARTNERSHIP.scorecards)).toEqual(['made-up-card', 'synthetic-second', 'synthetic-first']);
  });

  it('puts the earlier of two like figures in year end and the later in current', () => {
    const rank = at(901, { statistic: 'rank', unit: 'rank-of-9', value: 3, period: 'r12-2098-09-30' });
    const current = at(901, { statistic: 'rate', value: 12.5, period: 'r12-2098-09-30' });
    const yearEnd = at(901, { statistic: 'rate', value: 11.25, period: 'fy2097-98' });
    expect(placeFigures([rank, current, yearEnd])).toEqual({ yearEnd, current, ranks: [rank], unplaced: [] });
  });

  it('leaves figures unplaced rather than guessing a column', () => {
    const one = at(902, { statistic: 'rate', value: 7, period: 'fy2097-98' });
    const other = at(902, { statistic: 'percentage', value: 40, unit: 'percent', period: 'fy2098-99' });
    expect(placeFigures([one])).toMatchObject({ yearEnd: null, current: null, unplaced: [one] });
    expect(placeFigures([one, other])).toMatchObject({ yearEnd: null, current: null, unplaced: [one, other] });
  });

  it('matches figures and notes to a row by document and line, and finds related figures in the same document', () => {
    const r = row({ row: 'r1', source: { kind: 'document', document: DOC, ref: 'Synthetic table', line: 903 } });
    const onLine = at(903, { value: 100, period: 'fy2097-98' });
    const elsewhere = at(950, { value: 90, period: 'fy2096-97' });
    const otherDoc = figure({
      value: 80,
      printings: [{ printed: '80', source: { kind: 'document', document: 'OTHER-SYNTHETIC.txt', ref: 'x', line: 903 } }],
    });
    const otherMeasure = at(951, { value: 5, measure: 'shoplifting' });
    const notes = [note('n-row', 903), note('n-other', 904), note('n-none', null)];
    const [view] = buildRowViews([r], [onLine, elsewhere, otherDoc, otherMeasure], notes);
    expect(view?.line).toEqual([onLine]);
    expect(view?.related).toEqual([elsewhere]);
    expect(view?.notes.map((n) => n.id)).toEqual(['n-row']);
    expect(rowNotes(notes, row({ row: 'r2', source: { kind: 'document', document: DOC, ref: 'x', line: 904 } })).map((n) => n.id)).toEqual([
      'n-other',
    ]);
  });

  it('filters rows by RAG code and by words', () => {
    const views = buildRowViews(
      [
        row({ row: 'a', rag: 'A', indicator: 'Synthetic burglary rate' }),
        row({ row: 'b', rag: 'G', progress: 'Synthetic campaign delivered' }),
      ],
      [],
      [],
    );
    expect(filterRows(views, { rag: 'a', q: '' }).map((v) => v.row.row)).toEqual(['a']);
    expect(filterRows(views, { rag: '', q: 'CAMPAIGN synthetic' }).map((v) => v.row.row)).toEqual(['b']);
    expect(filterRows(views, { rag: 'G', q: 'burglary' })).toEqual([]);
  });

  it('offers the printed RAG codes red, amber, green first', () => {
    expect(
      ragOptions([
        row({ row: '1', rag: 'NS' }),
        row({ row: '2', rag: 'G' }),
        row({ row: '3', rag: 'R' }),
        row({ row: '4', rag: 'not recorded' }),
      ]),
    ).toEqual(['R', 'G', 'NS']);
  });

  it('words RAG codes and arrows without relying on colour', () => {
    expect(ragLabel('A')?.text).toBe('A – Amber');
    expect(ragLabel('NS')).toEqual({ code: 'NS', word: null, text: 'NS' });
    expect(ragLabel('NS', { NS: 'Not yet started' })?.text).toBe('NS – Not yet started');
    expect(ragLabel('not recorded')).toBeNull();
    expect(directionLabel('↓')).toEqual({ printed: '↓', words: 'down arrow' });
    expect(directionLabel('→')?.words).toBe('right arrow');
    expect(directionLabel('not recorded')).toBeNull();
  });

  it('plans only the columns some row fills', () => {
    const r = row({
      row: 'p',
      rag: 'not recorded',
      direction: 'not recorded',
      progress: 'not recorded',
      outcome: 'not recorded',
      source: { kind: 'document', document: DOC, ref: 'x', line: 905 },
    });
    const plan = columnPlan(buildRowViews([r], [at(905, { statistic: 'target', value: 5, unit: 'percent' })], []), 'list');
    expect(plan).toEqual({
      outcome: false,
      rag: false,
      yearEnd: false,
      current: false,
      rank: false,
      lineFigures: true,
      direction: false,
      progress: false,
      related: false,
      notes: false,
    });
  });

  it('groups rows under their outcomes in first-seen order', () => {
    const all = buildRowViews(
      [row({ row: '1', outcome: 'Second' }), row({ row: '2', outcome: 'First' }), row({ row: '3', outcome: 'Second' })],
      [],
      [],
    );
    const groups = outcomeGroups(
      all,
      all.filter((v) => v.row.row !== '3'),
    );
    expect(groups.map((g) => [g.outcome, g.total, g.shown.map((v) => v.row.row)])).toEqual([
      ['Second', 2, ['1']],
      ['First', 1, ['2']],
    ]);
  });

  it('puts a printed reference in front of the indicator once', () => {
    expect(indicatorText(row({ row: 'X1', indicator: 'Synthetic thing' }), true)).toBe('X1: Synthetic thing');
    expect(indicatorText(row({ row: 'X2', indicator: 'X2 - Synthetic thing' }), true)).toBe('X2 - Synthetic thing');
    expect(indicatorText(row({ row: 'X3', indicator: 'Synthetic thing' }), false)).toBe('Synthetic thing');
  });
});

describe('funding', () => {
  const gbp = (measure: string, value: number, period: string, line: number) =>
    at(line, { measure, value, period, unit: 'gbp', statistic: 'amount', areaType: 'csp', areaCode: 'synthetic' });

  it('sorts amounts into funds, with a catch-all', () => {
    expect(fundOf('plf-allocation-anything', FUNDS)?.id).toBe('plf');
    expect(fundOf('partnership-locality-fund', FUNDS)?.id).toBe('plf');
    expect(fundOf('ci001-allocation-anything', FUNDS)?.id).toBe('ci001');
    expect(fundOf('people-zone-funding', FUNDS)?.id).toBe('people-zone');
    expect(fundOf('some-other-grant', FUNDS)?.id).toBe('other');
    expect(fundOf('plf-allocation-anything', SYNTHETIC_PARTNERSHIP.funds)?.id).toBe('other');
    expect(fundOf('plf-allocation-anything', [])).toBeNull();
  });

  it('shows only printed totals and says which itemised periods have none', () => {
    const figures = [
      gbp('plf-allocation-a', 100, 'fy2097-98', 10),
      gbp('plf-allocation-b', 250, 'fy2097-98', 11),
      gbp('plf-allocation-total', 350, 'fy2097-98', 12),
      gbp('ci001-allocation-a', 40, 'fy2097-98', 20),
      gbp('ci001-youth-prevention-diversion-fund', 45, 'fy2097-98', 19),
      gbp('some-other-grant', 1000, 'fy2098-99', 30),
      at(31, { value: 12, measure: 'not-money' }),
    ];
    const groups = fundingGroups(figures, FUNDS);
    expect(groups.map((g) => g.fund.id)).toEqual(['plf', 'ci001', 'other']);
    const [plf, ci001, other] = groups;
    expect(plf?.items.map((f) => f.value)).toEqual([100, 250]);
    expect(plf?.totals.map((f) => f.value)).toEqual([350]);
    expect(plf?.periodsWithoutTotal).toEqual([]);
    expect(ci001?.items.map((f) => f.value)).toEqual([45, 40]);
    expect(ci001?.totals).toEqual([]);
    expect(ci001?.periodsWithoutTotal).toEqual(['fy2097-98']);
    expect(other?.periodsWithoutTotal).toEqual([]);
  });

  it('is empty when no amounts in pounds are published', () => {
    expect(fundingGroups([at(40, { value: 3 })], FUNDS)).toEqual([]);
  });
});

describe('targets outside the scorecards', () => {
  it('lists targets not printed on a row, with figures for the same measure and area', () => {
    const r = row({ row: 't', source: { kind: 'document', document: DOC, ref: 'x', line: 906 } });
    const onRow = at(906, { statistic: 'target', value: 8, measure: 'campaigns' });
    const target = at(960, {
      statistic: 'target',
      value: 80,
      measure: 'clients',
      areaType: 'csp',
      areaCode: 'synthetic',
      period: 'fy2098-99',
    });
    const result = at(961, {
      statistic: 'count',
      value: 62,
      measure: 'clients',
      areaType: 'csp',
      areaCode: 'synthetic',
      period: 'fy2098-99-ytd-2098-12-31',
    });
    const elsewhere = at(962, { statistic: 'count', value: 9, measure: 'clients', areaType: 'county', areaCode: 'synthetic-county' });
    expect(targetsOutsideScorecards([onRow, target, result, elsewhere], [r])).toEqual([{ target, results: [result] }]);
  });
});
