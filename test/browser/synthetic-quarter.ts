/**
 * A SYNTHETIC quarter for a partnership, as an analyst would receive it: two
 * extracts from a records system (crime by sub-area and crime type, and the
 * partnership's own totals), each with a title line above its header, and
 * the commands data/README.md gives for turning them into figures. Every
 * number is made up and every title says so; the quarter is dated 2099 so it
 * can never be taken for a real one, and it is only ever written into a
 * temporary copy of the repository.
 *
 * The extracts are made from the partnership's profile (its sub-areas and
 * monitored crime types), so the test needs no change when the profile does.
 */
import type { Partnership } from '../../src/data/partnership.ts';

export const QUARTER = {
  id: '2099-07',
  date: '2099-07-15',
  title: 'SYNTHETIC TEST DATA: quarterly release, Q1 2099/00 (never to be published)',
  period: 'fy2099-00-q1',
  previous: 'fy2098-99-q1',
  /** The extracts' column headers for the two quarters. */
  column: 'Q1 2099/00',
  previousColumn: 'Q1 2098/99',
  runDate: '2099-07-05',
  producedBy: 'SYNTHETIC test fixture (not a real analyst)',
  system: 'Synthetic records system',
} as const;

export interface SyntheticExtract {
  file: string;
  title: string;
  text: string;
}

export interface SyntheticQuarter {
  extracts: SyntheticExtract[];
  /** data/sources/<id>/extracts.csv, describing both. */
  extractsCsv: string;
  /** The partnership's total for each crime type, this quarter and the same quarter a year before. */
  totals: Map<string, { current: number; previous: number }>;
  /** How many figures the imports write: every cell of both quarters' columns. */
  figureCount: number;
  /** Each import: the extract and the `npm run data:import-extract -- …` arguments. */
  imports: { file: string; args: string[] }[];
  /** The first row of the sub-area extract: its first sub-area and crime type. */
  firstRow: { file: string; title: string; row: number; subarea: string; measure: string; current: number };
}

const HEADER_ROW = 3;

function cell(text: string | number): string {
  const s = String(text);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function csv(rows: readonly (readonly (string | number)[])[]): string {
  return rows.map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
}

/**
 * The % change to one decimal, as a records system prints it (`+2.8%`),
 * rounded half away from zero, so the build's own check of
 * the change against the counts agrees with it.
 */
function percentChange(current: number, previous: number): string {
  const tenths = Math.sign(current - previous) * Math.round((Math.abs(current - previous) * 1000) / previous);
  return `${tenths > 0 ? '+' : tenths < 0 ? '-' : ''}${(Math.abs(tenths) / 10).toFixed(1)}%`;
}

/** A records system writes big counts with thousands separators; the import keeps them as given. */
function asGiven(n: number): string {
  return n.toLocaleString('en-GB');
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

export function syntheticQuarter(p: Partnership, labelOf: (measure: string) => string): SyntheticQuarter {
  const subareas = p.areas.filter((a) => a.type === p.subareas.type);
  const own = p.areas.find((a) => a.type === p.partnership.area.type && a.code === p.partnership.area.code);
  if (!own || subareas.length === 0) throw new Error('the profile lists no own area or no sub-areas');
  const subareaHeader = capitalise(p.subareas.singular);
  const values = (i: number, j: number) => {
    const current = 100 + 13 * i + 7 * j + ((i * j) % 5);
    return { current, previous: current + ((i + 2 * j) % 9) - 4 };
  };

  const bySubarea: (string | number)[][] = [];
  const totals = new Map<string, { current: number; previous: number }>();
  p.crimeTypes.forEach((measure, j) => {
    const total = { current: 0, previous: 0 };
    subareas.forEach((area, i) => {
      const v = values(i, j);
      bySubarea.push([area.name, labelOf(measure), asGiven(v.current), asGiven(v.previous)]);
      total.current += v.current;
      total.previous += v.previous;
    });
    totals.set(measure, total);
  });

  const columns = [QUARTER.column, QUARTER.previousColumn];
  const valueArgs = ['--value', `${QUARTER.column}=${QUARTER.period}`, '--value', `${QUARTER.previousColumn}=${QUARTER.previous}`];
  const bySubareaTitle = `SYNTHETIC recorded crime by ${p.subareas.singular} and crime type, ${QUARTER.column}`;
  const totalsTitle = `SYNTHETIC recorded crime in ${own.name}, ${QUARTER.column}`;
  const extracts: SyntheticExtract[] = [
    {
      file: 'crime-by-subarea.csv',
      title: bySubareaTitle,
      text: csv([[`${bySubareaTitle} (every figure is invented)`], [], [subareaHeader, 'Crime type', ...columns], ...bySubarea]),
    },
    {
      file: 'crime-totals.csv',
      title: totalsTitle,
      text: csv([
        [`${totalsTitle} (every figure is invented)`],
        [],
        ['Crime type', ...columns, 'Change'],
        ...p.crimeTypes.map((m) => {
          const t = totals.get(m) ?? { current: 0, previous: 0 };
          return [labelOf(m), asGiven(t.current), asGiven(t.previous), percentChange(t.current, t.previous)];
        }),
      ]),
    },
  ];
  const ownArea = ['--area-type', p.partnership.area.type, '--area', p.partnership.area.code, '--measure-column', 'Crime type'];
  const imports = [
    {
      file: 'crime-by-subarea.csv',
      args: [
        '--dataset',
        'beat-crime',
        '--area-type',
        p.subareas.type,
        '--area-column',
        subareaHeader,
        '--measure-column',
        'Crime type',
        '--unit',
        'crimes',
        ...valueArgs,
      ],
    },
    { file: 'crime-totals.csv', args: ['--dataset', 'csp-crime', ...ownArea, '--unit', 'crimes', ...valueArgs] },
    {
      file: 'crime-totals.csv',
      args: [
        '--dataset',
        'csp-crime',
        ...ownArea,
        '--statistic',
        'percent-change',
        '--unit',
        'percent',
        '--comparison',
        QUARTER.previous,
        '--value',
        `Change=${QUARTER.period}`,
      ],
    },
  ];
  const extractsCsv = csv([
    ['file', 'title', 'produced_by', 'system', 'run_date', 'header_row', 'encoding'],
    ...extracts.map((e) => [e.file, e.title, QUARTER.producedBy, QUARTER.system, QUARTER.runDate, HEADER_ROW, '']),
  ]);
  const [first] = subareas;
  const [measure] = p.crimeTypes;
  if (!first || !measure) throw new Error('the profile lists no sub-area or no crime type');
  return {
    extracts,
    extractsCsv,
    totals,
    imports,
    // Both quarters of every row, and the totals' changes.
    figureCount: (bySubarea.length + p.crimeTypes.length) * columns.length + p.crimeTypes.length,
    firstRow: {
      file: 'crime-by-subarea.csv',
      title: bySubareaTitle,
      row: HEADER_ROW + 1,
      subarea: first.code,
      measure,
      current: values(0, 0).current,
    },
  };
}
