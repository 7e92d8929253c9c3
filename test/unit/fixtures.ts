/**
 * SYNTHETIC figures for unit tests. They are made up, marked as such in their
 * source document name, and never shown as Charnwood's.
 */
import { DATASETS, type Figure } from '../../src/data/schema';
import { decodeDatasetText } from '../../src/data/validate';
import type { Partnership } from '../../src/data/partnership';
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
    printings: [
      { printed: String(p.value), source: { kind: 'document', document: 'SYNTHETIC.txt', ref: 'Synthetic table', line: counter } },
    ],
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

/**
 * A SYNTHETIC partnership profile: a made-up partnership with its own name,
 * sub-areas, crime types and family-group size, so tests prove that nothing
 * about Charnwood is assumed by the code.
 */
export const SYNTHETIC_PARTNERSHIP: Partnership = {
  schemaVersion: 1,
  partnership: {
    id: 'synthetic-vale',
    name: 'Synthetic Vale Community Safety Partnership',
    shortName: 'Synthetic Vale',
    area: { type: 'csp', code: 'synthetic-vale' },
    localAuthority: 'Synthetic Vale District Council',
    policeForce: 'Synthetic Constabulary',
    tagline: 'Made-up figures for tests',
    synthetic: true,
  },
  subareas: { type: 'ward', singular: 'ward', plural: 'wards' },
  areas: [
    { type: 'csp', code: 'synthetic-vale', name: 'Synthetic Vale', shortName: null },
    { type: 'ward', code: 'w1', name: 'Ward One', shortName: 'Northtown' },
    { type: 'ward', code: 'w2', name: 'Ward Two', shortName: 'Southtown' },
    { type: 'ward', code: 'w3', name: 'Ward Three', shortName: null },
  ],
  crimeTypes: ['all-crime', 'burglary-residential', 'robbery'],
  allCrimeMeasure: 'all-crime',
  familyGroup: { size: 12, unit: 'rank-of-12' },
  headlines: [{ group: 'youth-asb', measure: 'youth-asb-records', statistic: 'count' }],
  asbSections: [{ id: 'youth-asb', title: 'Youth ASB', measures: ['youth-asb-records'] }],
  asbLabels: { chartTitles: {}, shareHeaders: {} },
  viewSummaries: {},
  scorecards: [],
  funds: [{ id: 'other', title: 'Other funding', measurePrefixes: [], allocationPrefix: null, totalMeasure: null }],
  people: [],
  quotes: [],
};

/**
 * A published file's text as the app reads it: a dataset file decoded from
 * the wire format (and checked, throwing on any problem), any other JSON parsed.
 */
export function decodePublished<T>(path: string, text: string): T {
  const [snapshotId = '', name = ''] = path.split('/');
  const dataset = DATASETS.find((d) => `${d}.json` === name);
  if (!dataset) return JSON.parse(text) as T;
  const result = decodeDatasetText(path, dataset, snapshotId, text);
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return result.data as T;
}
