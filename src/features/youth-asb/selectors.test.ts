import { describe, expect, it } from 'vitest';
import type { Figure, NotPublished } from '../../data/schema';
import { figure, periodMap, SYNTHETIC_PARTNERSHIP } from '../../../test/unit/fixtures';
import { asbLayout } from './sections';
import {
  asbSections,
  chartSubtitle,
  chartSummary,
  chartTitle,
  crimeTotalsForSections,
  hasContent,
  imageChartPlace,
  lineLabel,
  measureOptions,
  orderFigures,
  periodOptions,
  sectionOf,
  seriesCharts,
  type Labeller,
} from './selectors';

const Q = ['fy2097-98-q1', 'fy2097-98-q2', 'fy2097-98-q3', 'fy2097-98-q4'] as const;
const periods = periodMap([
  ...Q,
  'fy2096-97',
  'fy2097-98',
  'fy2096-97-ytd-2096-12-05',
  'fy2097-98-ytd-2097-12-05',
  'asat-2098-01-10',
  'm2097-03',
  'm2098-03',
]);

const csp = (p: Partial<Figure> & Pick<Figure, 'value'>): Figure => figure({ areaType: 'csp', areaCode: 'synthetic', ...p });
const otherCsp = (p: Partial<Figure> & Pick<Figure, 'value'>): Figure => figure({ areaType: 'csp', areaCode: 'some-other-csp', ...p });

// SYNTHETIC sections, as a profile's asb-sections.csv would group them.
const layout = asbLayout({
  ...SYNTHETIC_PARTNERSHIP,
  partnership: { ...SYNTHETIC_PARTNERSHIP.partnership, area: { type: 'csp', code: 'synthetic' } },
  asbSections: [
    { id: 'youth-asb', title: 'Youth-related ASB records', measures: ['youth-asb-records'] },
    { id: 'interventions', title: 'Interventions', measures: ['abc-contracts', 'abc-refusals'] },
    { id: 'case-reviews', title: 'Case reviews', measures: ['community-triggers'] },
    { id: 'vehicle-theft', title: 'Vehicle theft', measures: ['theft-of-motor-vehicles', 'motorcycle-linked-vehicle-theft'] },
  ],
  asbLabels: {
    chartTitles: { 'motorcycle-linked-vehicle-theft': 'Theft of motor vehicles, and those linked to motorcycles,' },
    shareHeaders: {},
  },
});

const labels: Labeller = {
  measure: (id) =>
    ({
      'youth-asb-records': 'Youth-related ASB records',
      'theft-of-motor-vehicles': 'Theft of motor vehicles',
      'motorcycle-linked-vehicle-theft': 'Motorcycle-linked vehicle theft',
    })[id] ?? id,
  area: (type, code) => `${type} ${code}`,
  ownArea: { type: 'csp', code: 'synthetic' },
};

const linked = Q.map((period, i) => csp({ measure: 'motorcycle-linked-vehicle-theft', period, value: [10, 14, 6, 9][i] ?? 0 }));
const linkedShare = Q.map((period, i) =>
  csp({ measure: 'motorcycle-linked-vehicle-theft', statistic: 'share', unit: 'percent', period, value: [20, 30, 10, 18][i] ?? 0 }),
);
const youth = [
  csp({ measure: 'youth-asb-records', period: 'fy2096-97', value: 300 }),
  csp({ measure: 'youth-asb-records', period: 'fy2097-98', value: 280 }),
  csp({ measure: 'youth-asb-records', statistic: 'difference', period: 'fy2097-98', comparison: 'fy2096-97', value: -20 }),
  csp({ measure: 'youth-asb-records', statistic: 'difference', period: 'fy2097-98-q4', comparison: 'fy2097-98-q3', value: 4 }),
  csp({ measure: 'youth-asb-records', period: 'fy2097-98-ytd-2097-12-05', value: 200 }),
];

describe('youth ASB sections', () => {
  it('places every measure in a section, unknown ones in "other"', () => {
    expect(sectionOf('youth-asb-records', layout)).toBe('youth-asb');
    expect(sectionOf('abc-refusals', layout)).toBe('interventions');
    expect(sectionOf('a-measure-nobody-mapped', layout)).toBe('other');
    expect(layout.sections.map((s) => s.id)).toEqual(['youth-asb', 'interventions', 'case-reviews', 'vehicle-theft', 'other']);
  });

  it('places charts published as images by the measure their source row names, whatever their title says', () => {
    const item = (title: string, measure: string | null): NotPublished => ({
      dataset: 'asb',
      title,
      measure,
      source: { kind: 'document', document: 'SYNTHETIC.txt', ref: 'Synthetic', line: 1 },
      note: null,
    });
    expect(imageChartPlace(item('Figure 9 – by month', 'youth-asb-records'), layout)).toEqual({
      section: 'youth-asb',
      measure: 'youth-asb-records',
    });
    expect(imageChartPlace(item('Figure 3: received', 'community-triggers'), layout)).toEqual({
      section: 'case-reviews',
      measure: 'community-triggers',
    });
    expect(imageChartPlace(item('Figure 4: Youth related ASB records', null), layout)).toEqual({ section: 'other', measure: null });
    expect(imageChartPlace(item('Figure 5', 'unlisted-measure'), layout)).toEqual({ section: 'other', measure: 'unlisted-measure' });
  });

  it('orders table rows by the section order, levels before changes, then period', () => {
    const rows = orderFigures([youth[2]!, youth[1]!, youth[0]!, linked[0]!], periods, layout);
    expect(rows.map((f) => [f.measure, f.statistic, f.period])).toEqual([
      ['youth-asb-records', 'count', 'fy2096-97'],
      ['youth-asb-records', 'count', 'fy2097-98'],
      ['youth-asb-records', 'difference', 'fy2097-98'],
      ['motorcycle-linked-vehicle-theft', 'count', 'fy2097-98-q1'],
    ]);
  });

  it('offers the measures and periods the other filters leave', () => {
    const all = [...youth, ...linked];
    expect(measureOptions(all, 'vehicle-theft', layout)).toEqual(['motorcycle-linked-vehicle-theft']);
    expect(measureOptions(all, '', layout)).toEqual(['youth-asb-records', 'motorcycle-linked-vehicle-theft']);
    expect(periodOptions(all, periods, 'youth-asb', '', layout)).toEqual([
      'fy2096-97',
      'fy2097-98',
      'fy2097-98-ytd-2097-12-05',
      'fy2097-98-q4',
    ]);
  });

  it("keeps only the partnership's crime totals a section lists, for the periods its ASB figures cover", () => {
    const totals = [
      csp({ measure: 'theft-of-motor-vehicles', period: Q[0], value: 50 }),
      csp({ measure: 'theft-of-motor-vehicles', period: 'fy2097-98', value: 400 }),
      csp({ measure: 'all-crime', period: Q[0], value: 999 }),
      otherCsp({ measure: 'theft-of-motor-vehicles', period: Q[1], value: 77 }),
    ];
    expect(crimeTotalsForSections(totals, linked, layout).map((f) => f.value)).toEqual([50]);
  });

  it("names a line by its measure alone only for the partnership's own area", () => {
    const line = { key: 'k', measure: 'youth-asb-records', areaType: 'csp', areaCode: 'some-other-csp' };
    expect(lineLabel(line, labels)).toBe('Youth-related ASB records (csp some-other-csp)');
    expect(lineLabel({ ...line, areaCode: 'synthetic' }, labels)).toBe('Youth-related ASB records');
  });
});

describe('youth ASB charts', () => {
  it('charts a series only where at least two like-for-like values exist, never joining a year to date to a full year', () => {
    const charts = seriesCharts(youth, periods, layout);
    expect(charts).toHaveLength(1);
    expect(charts[0]?.series.key).toBe('financial-year');
    expect(charts[0]?.points.map((p) => [p.x, p.values])).toEqual([
      ['2096/97', { 'youth-asb-records|csp|synthetic': 300 }],
      ['2097/98', { 'youth-asb-records|csp|synthetic': 280 }],
    ]);
  });

  it('puts printed changes against the previous point, and shares, in the table only', () => {
    const [chart] = seriesCharts(youth, periods, layout);
    expect(chart?.extras.map((e) => e.statistic)).toEqual(['difference']);
    expect(chart?.cells.get('youth-asb-records|csp|synthetic|difference|fy2097-98')?.value).toBe(-20);
  });

  it('draws quarterly totals and the motorcycle-linked part as two lines of one chart, shares beside them', () => {
    const totals = Q.map((period, i) => csp({ measure: 'theft-of-motor-vehicles', period, value: [50, 47, 60, 50][i] ?? 0 }));
    const [chart, ...rest] = seriesCharts([...linked, ...linkedShare, ...totals], periods, layout);
    expect(rest).toHaveLength(0);
    expect(chart?.lines.map((l) => l.measure)).toEqual(['theft-of-motor-vehicles', 'motorcycle-linked-vehicle-theft']);
    expect(chart?.extras.map((e) => `${e.measure} ${e.statistic}`)).toEqual(['motorcycle-linked-vehicle-theft share']);
    if (!chart) return;
    expect(chartTitle(chart, labels, layout)).toBe('Theft of motor vehicles, and those linked to motorcycles, by quarter, 2097/98');
    expect(chartSummary(chart, labels)).toBe(
      'Theft of motor vehicles was 50 in Q1 2097/98 and again in Q4 2097/98, highest 60 in Q3 2097/98; Motorcycle-linked vehicle theft went from 10 in Q1 2097/98 to 9 in Q4 2097/98, highest 14 in Q2 2097/98.',
    );
    expect(chartSubtitle(chart)).toBe(
      'Counts of crimes as published, by quarter. Lines join published values only; nothing is estimated. The printed percentages are in the table.',
    );
  });

  it('ignores values that are not preferred and titles a two-point series plainly', () => {
    const figures = [
      csp({ measure: 'youth-asb-records', period: 'm2097-03', value: 7, unit: 'cases' }),
      csp({ measure: 'youth-asb-records', period: 'm2098-03', value: 2, unit: 'cases' }),
      csp({ measure: 'youth-asb-records', period: 'm2098-03', value: 3, unit: 'cases', preferred: false }),
    ];
    const [chart] = seriesCharts(figures, periods, layout);
    if (!chart) throw new Error('expected a chart');
    expect(chartTitle(chart, labels, layout)).toBe('Youth-related ASB records, March 2097 and March 2098');
    expect(chartSummary(chart, labels)).toBe('Youth-related ASB records, March 2097 to March 2098: 7 → 2, down 5 (−71.4%).');
  });
});

describe('youth ASB page', () => {
  const image: NotPublished = {
    dataset: 'asb',
    title: 'Figure 1 – Youth related ASB records by quarter',
    measure: 'youth-asb-records',
    source: { kind: 'document', document: 'SYNTHETIC.txt', ref: 'Synthetic', line: 3 },
    note: null,
  };

  it('filters tables by period but keeps each chart whole', () => {
    const sections = asbSections([...youth, ...linked], [image], periods, { section: '', measure: '', period: 'fy2097-98' }, layout);
    const youthSection = sections.find((s) => s.info.id === 'youth-asb');
    expect(youthSection?.figures.map((f) => f.value)).toEqual([280, -20]);
    expect(youthSection?.charts[0]?.points).toHaveLength(2);
    expect(youthSection?.imageCharts).toEqual([image]);
    expect(sections.filter(hasContent).map((s) => s.info.id)).toEqual(['youth-asb', 'vehicle-theft']);
  });

  it('narrows to one section and one measure', () => {
    const sections = asbSections(
      [...youth, ...linked],
      [image],
      periods,
      { section: 'vehicle-theft', measure: 'motorcycle-linked-vehicle-theft', period: '' },
      layout,
    );
    expect(sections.map((s) => [s.info.id, s.figures.length, s.charts.length, s.imageCharts.length])).toEqual([['vehicle-theft', 4, 1, 0]]);
  });

  it('has nothing to show for a snapshot without ASB data', () => {
    expect(asbSections([], [], periods, { section: '', measure: '', period: '' }, layout).some(hasContent)).toBe(false);
  });

  it("groups by the partnership's own sections, and puts what they do not list under Other ASB figures (SYNTHETIC)", () => {
    const vale = asbLayout(SYNTHETIC_PARTNERSHIP);
    const own = SYNTHETIC_PARTNERSHIP.partnership.area;
    const at = (measure: string, value: number) => figure({ areaType: own.type, areaCode: own.code, measure, period: 'fy2097-98', value });
    const sections = asbSections(
      [at('youth-asb-records', 5), at('abc-refusals', 2)],
      [],
      periods,
      { section: '', measure: '', period: '' },
      vale,
    );
    expect(sections.filter(hasContent).map((s) => [s.info.title, s.figures.map((f) => f.measure)])).toEqual([
      ['Youth ASB', ['youth-asb-records']],
      ['Other ASB figures', ['abc-refusals']],
    ]);
  });
});
