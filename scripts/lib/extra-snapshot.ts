/**
 * A SYNTHETIC extra snapshot, newer than every real one, for proving that
 * adding a quarter breaks no test (`npm run check:extra-snapshot`). It is
 * written only into a temporary copy of the repository and a temporary copy
 * of the seeds, never into the repository itself, and every row of it says
 * it is synthetic.
 *
 * Its figures are chosen from the partnership's profile (see extraFigures),
 * so the same check works for whichever partnership the repository holds.
 * They are for periods no real snapshot has, as a real next quarter's are: a
 * test that silently reads the newest snapshot sees a different main period,
 * different dates, positions and tables, and fails.
 */
import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Sources } from './sources.ts';

export interface ExtraSnapshot {
  /** `YYYY-MM`, after every real snapshot; its meeting is on the 20th of that month. */
  id: string;
  /** The made-up document's file name in the seeds copy. */
  document: string;
}

/**
 * Far in the future, so it is the newest, and not 2099-07, which unit tests
 * add to their own copies. The document's name is not shaped like a real
 * seed's (three digits, underscore, sixteen hex digits), so no one mistakes
 * it for one.
 */
export const EXTRA_SNAPSHOT: ExtraSnapshot = { id: '2098-07', document: '901_synthetic_extra_snapshot.txt' };
// Periods every synthetic snapshot from July 2098 on can print: they end before its meeting.
const PERIOD = 'fy2098-99-q1';
const RANK_DATE = 'asat-2098-06-30';
const NOTE = 'SYNTHETIC figure for tests (scripts/check-extra-snapshot.ts): not a real publication';

export interface ExtraFigure {
  dataset: string;
  areaType: string;
  areaCode: string;
  measure: string;
  statistic: string;
  period: string;
  value: number;
  printed: string;
  unit: string;
}

function csvCell(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function csvLine(cells: readonly (string | number)[]): string {
  return `${cells.map((c) => csvCell(String(c))).join(',')}\n`;
}

/** The unit real rows publish a measure's statistic in, so the synthetic rows read like the real ones. */
function unitOf(sources: Sources, measure: string, statistic: string): string | undefined {
  for (const doc of sources.documents) {
    const row = doc.rows.figures.find((r) => r.measure === measure && r.statistic === statistic);
    if (row) return row.unit;
  }
  return undefined;
}

/**
 * What a next quarter's pack typically prints, made up: a count of every
 * crime type the partnership monitors and of the first of them in each
 * sub-area (adding up to the partnership's total), a family-group position
 * for every crime type, and a count of the first ASB measure of each
 * ASB section. Taken from the profile, so the check fits any partnership.
 */
export function extraFigures(sources: Sources): ExtraFigure[] {
  const p = sources.profile.partnership;
  const own = p.partnership.area;
  const subareas = p.areas.filter((a) => a.type === p.subareas.type);
  const figures: ExtraFigure[] = [];
  const add = (f: Omit<ExtraFigure, 'printed' | 'unit'>, printed: string, unit: string | undefined) => {
    if (unit !== undefined) figures.push({ ...f, printed, unit });
  };
  const [first] = p.crimeTypes;
  const bySubarea = subareas.map((_, i) => 100 + 11 * i);
  p.crimeTypes.forEach((measure, i) => {
    const value = i === 0 && bySubarea.length > 0 ? bySubarea.reduce((a, b) => a + b, 0) : 900 - 37 * i;
    const area = { dataset: 'csp-crime', areaType: own.type, areaCode: own.code, measure, statistic: 'count', period: PERIOD };
    add({ ...area, value }, value.toLocaleString('en-GB'), unitOf(sources, measure, 'count'));
  });
  if (first !== undefined) {
    subareas.forEach((a, i) => {
      const value = bySubarea[i] ?? 0;
      const f = { dataset: 'beat-crime', areaType: a.type, areaCode: a.code, measure: first, statistic: 'count', period: PERIOD, value };
      add(f, value.toLocaleString('en-GB'), unitOf(sources, first, 'count'));
    });
  }
  p.crimeTypes.forEach((measure, i) => {
    const value = (i % p.familyGroup.size) + 1;
    const f = { dataset: 'family-group', areaType: own.type, areaCode: own.code, measure, statistic: 'rank', period: RANK_DATE, value };
    add(f, `${value}/${p.familyGroup.size}`, p.familyGroup.unit);
  });
  for (const [i, section] of p.asbSections.entries()) {
    // A crime type listed in a section is published with the crime figures, not as ASB.
    const measure = section.measures.find((m) => !p.crimeTypes.includes(m));
    if (measure === undefined) continue;
    const value = 40 + 3 * i;
    const f = { dataset: 'asb', areaType: own.type, areaCode: own.code, measure, statistic: 'count', period: PERIOD, value };
    add(f, String(value), unitOf(sources, measure, 'count'));
  }
  return figures;
}

/** Line numbers of the synthetic document: the header lines, then one figure a line. */
const MEETING_LINE = 2;
const PERIOD_LINE = 3;
const RANK_DATE_LINE = 4;
const FIRST_FIGURE_LINE = 5;

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * Adds a synthetic snapshot to the repository copy at `root` (a row in
 * data/publications.csv and a folder under data/sources) and its document to
 * the seeds copy at `seedsDir`. Both must be temporary copies.
 */
export function addExtraSnapshot(root: string, seedsDir: string, real: Sources, extra: ExtraSnapshot = EXTRA_SNAPSHOT): ExtraFigure[] {
  const figures = extraFigures(real);
  const [year = '', month = ''] = extra.id.split('-');
  const meeting = `20th ${MONTHS[Number(month) - 1] ?? ''} ${year}`;
  const lines = [
    'SYNTHETIC TEST DOCUMENT: made up by scripts/check-extra-snapshot.ts, not a real publication',
    `Meeting of ${meeting}`,
    'Table 1: 1st April 2098 to 30th June 2098',
    'Family group positions as at 30th June 2098',
    ...figures.map((f) => `${f.measure} ${f.statistic} (${f.areaType} ${f.areaCode})\t${f.printed}`),
  ];
  writeFileSync(join(seedsDir, extra.document), `${lines.join('\n')}\n`);

  appendFileSync(
    join(root, 'data', 'publications.csv'),
    csvLine([
      extra.id,
      extra.document,
      `SYNTHETIC extra snapshot for tests, ${meeting}`,
      'agenda',
      `${extra.id}-20`,
      meeting,
      MEETING_LINE,
      '',
      'not stated',
      '',
      '',
    ]),
  );
  const dir = join(root, 'data', 'sources', extra.id);
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, 'periods.csv'),
    csvLine(['period', 'as_printed', 'source_line']) +
      csvLine([PERIOD, '1st April 2098 to 30th June 2098', PERIOD_LINE]) +
      csvLine([RANK_DATE, '30th June 2098', RANK_DATE_LINE]),
  );
  const header = [
    'dataset',
    'area_type',
    'area_code',
    'measure',
    'statistic',
    'period',
    'comparison',
    'value',
    'value_as_printed',
    'unit',
    'source_ref',
    'source_line',
    'note',
  ];
  writeFileSync(
    join(dir, 'figures.csv'),
    csvLine(header) +
      figures
        .map((f, i) =>
          csvLine([
            f.dataset,
            f.areaType,
            f.areaCode,
            f.measure,
            f.statistic,
            f.period,
            '',
            f.value,
            f.printed,
            f.unit,
            'SYNTHETIC Table 1',
            FIRST_FIGURE_LINE + i,
            NOTE,
          ]),
        )
        .join(''),
  );
  return figures;
}
