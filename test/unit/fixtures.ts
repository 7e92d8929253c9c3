/**
 * SYNTHETIC figures for unit tests. They are made up, marked as such in their
 * source document name, and never shown as Charnwood's.
 */
import type { Figure } from '../../src/data/schema';
import { parsePeriodId, type Period } from '../../src/lib/periods';

let counter = 0;

export function figure(p: Partial<Figure> & Pick<Figure, 'value'>): Figure {
  counter += 1;
  return {
    id: `synthetic-${counter}`,
    areaType: 'beat',
    areaCode: '56',
    measure: 'all-crime',
    statistic: 'count',
    period: 'fy2098-99',
    comparison: null,
    unit: 'crimes',
    printings: [{ printed: String(p.value), source: { document: 'SYNTHETIC.txt', ref: 'Synthetic table', line: counter } }],
    preferred: true,
    noteIds: [],
    remark: null,
    ...p,
  };
}

export function period(id: string): Period {
  const r = parsePeriodId(id);
  if (!r.ok) throw new Error(r.reason);
  return r.period;
}

export function periodMap(ids: readonly string[]): Map<string, Period> {
  return new Map(ids.map((id) => [id, period(id)]));
}
