/**
 * A SYNTHETIC force-wide partnership, for benchmarks only: made-up sub-areas,
 * crime types and figures at the scale a force or county analyst would load
 * (by default 150 sub-areas × 20 crime types × 120 months = 360,000 figures,
 * plus the force's own 2,400 and 5,000 actions). Every name says SYNTHETIC,
 * the profile is marked `synthetic`, and nothing here is ever written to
 * public/data: `publishSyntheticForce` returns the published files as a
 * path-to-text map, in the wire format the build writes, for a benchmark to
 * measure in memory or to serve from a temporary folder.
 */
import { createHash } from 'node:crypto';
import {
  DATASETS,
  SCHEMA_VERSION,
  manifestSchema,
  type Action,
  type DatasetFile,
  type DatasetId,
  type Figure,
  type Manifest,
} from '../../src/data/schema.ts';
import { partnershipSchema, PARTNERSHIP_SCHEMA_VERSION, type Partnership } from '../../src/data/partnership.ts';
import { WIRE_SCHEMAS } from '../../src/data/wire-schema.ts';
import { encodeFigures } from '../../src/data/wire-figures.ts';
import { parsePeriodId } from '../../src/lib/periods.ts';
import { wireJson } from './build.ts';

export interface ForceProfile {
  subareas: number;
  crimeTypes: number;
  months: number;
  actions: number;
}

export const FORCE_WIDE: ForceProfile = { subareas: 150, crimeTypes: 20, months: 120, actions: 5000 };

export const SYNTHETIC_SNAPSHOT = '2099-01';
const EXTRACT = `data/sources/${SYNTHETIC_SNAPSHOT}/extracts/SYNTHETIC-force-crime.csv`;

/** A deterministic stream of numbers in [0, 1), so every run measures the same files. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function id(key: string): string {
  return `f-${createHash('sha256').update(key).digest('hex').slice(0, 12)}`;
}

function monthIds(months: number): string[] {
  return Array.from({ length: months }, (_, i) => `m${2090 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`);
}

export function syntheticForceProfile(p: ForceProfile = FORCE_WIDE): Partnership {
  const crimeTypes = Array.from({ length: p.crimeTypes }, (_, i) => (i === 0 ? 'all-crime' : `synthetic-crime-${i}`));
  return partnershipSchema.parse({
    schemaVersion: PARTNERSHIP_SCHEMA_VERSION,
    partnership: {
      id: 'synthetic-force',
      name: 'SYNTHETIC Force-wide Partnership',
      shortName: 'Synthetic Force',
      area: { type: 'force', code: 'synthetic-force' },
      localAuthority: 'SYNTHETIC County Council',
      policeForce: 'SYNTHETIC Constabulary',
      tagline: 'Made-up figures for benchmarks',
      synthetic: true,
    },
    subareas: { type: 'sector', singular: 'sector', plural: 'sectors' },
    areas: [
      { type: 'force', code: 'synthetic-force', name: 'Synthetic Force', shortName: null },
      ...Array.from({ length: p.subareas }, (_, i) => ({
        type: 'sector',
        code: `s${i + 1}`,
        name: `Synthetic sector ${i + 1}`,
        shortName: null,
      })),
    ],
    crimeTypes,
    allCrimeMeasure: 'all-crime',
    familyGroup: { size: 12, unit: 'rank-of-12' },
    headlines: [{ group: 'crime', measure: 'all-crime', statistic: 'count' }],
    asbSections: [],
    asbLabels: { chartTitles: {}, shareHeaders: {} },
    viewSummaries: {},
    scorecards: [],
    funds: [{ id: 'other', title: 'Other funding', measurePrefixes: [], allocationPrefix: null, totalMeasure: null }],
    quotes: [],
    people: [],
  });
}

/** Every dataset of the synthetic snapshot, as the app uses them (before wire encoding). */
export function syntheticForceDatasets(p: ForceProfile = FORCE_WIDE): { [D in DatasetId]: DatasetFile<D> } {
  const profile = syntheticForceProfile(p);
  const next = random(20_991);
  const months = monthIds(p.months);
  const head = <D extends DatasetId>(dataset: D) => ({ schemaVersion: SCHEMA_VERSION, snapshotId: SYNTHETIC_SNAPSHOT, dataset });
  const figure = (areaType: string, areaCode: string, measure: string, period: string, value: number, row: number): Figure => ({
    id: id(`${areaType}|${areaCode}|${measure}|${period}`),
    areaType,
    areaCode,
    measure,
    statistic: 'count',
    period,
    comparison: null,
    value,
    unit: 'crimes',
    // One row of the SYNTHETIC extract per sub-area and crime type, one column per month.
    printings: [{ printed: String(value), source: { kind: 'extract', document: EXTRACT, ref: period, line: row } }],
    preferred: true,
    noteIds: [],
    remark: null,
  });
  const subareas = profile.areas.filter((a) => a.type === 'sector');
  const beat: Figure[] = [];
  const totals = new Map<string, number>();
  let row = 2;
  for (const area of subareas) {
    for (const measure of profile.crimeTypes) {
      const base = measure === 'all-crime' ? 400 : 5 + Math.floor(next() * 60);
      for (const period of months) {
        const value = Math.max(0, Math.round(base * (0.7 + next() * 0.6)));
        beat.push(figure('sector', area.code, measure, period, value, row));
        totals.set(`${measure}|${period}`, (totals.get(`${measure}|${period}`) ?? 0) + value);
      }
      row += 1;
    }
  }
  const force = profile.crimeTypes.flatMap((measure) =>
    months.map((period) => figure('force', 'synthetic-force', measure, period, totals.get(`${measure}|${period}`) ?? 0, (row += 1))),
  );
  const actions: Action[] = Array.from({ length: p.actions }, (_, i) => ({
    id: `a-${i + 1}`,
    kind: 'action-log',
    meetingDate: `2098-${String((i % 12) + 1).padStart(2, '0')}-15`,
    minuteRef: `${1 + (i % 40)}`,
    item: `SYNTHETIC item ${1 + (i % 200)}`,
    text: `SYNTHETIC action ${i + 1}: made up for benchmarks.`,
    owners: `Synthetic owner ${1 + (i % 25)}`,
    // The synthetic profile lists no people, so every owner stays as printed, as an unmatched spelling would.
    ownerIds: [],
    unresolvedOwners: [`Synthetic owner ${1 + (i % 25)}`],
    mentionIds: [],
    alsoRecorded: [],
    completeBy: 'Next meeting',
    status: i % 3 === 0 ? 'Complete' : 'Ongoing',
    source: { kind: 'extract', document: `data/sources/${SYNTHETIC_SNAPSHOT}/extracts/SYNTHETIC-actions.csv`, ref: 'action', line: i + 2 },
  }));
  const periods = months.map((m) => {
    const r = parsePeriodId(m);
    if (!r.ok) throw new Error(r.reason);
    return { ...r.period, asPrinted: [] };
  });
  return {
    'beat-crime': { ...head('beat-crime'), figures: beat, notPublished: [] },
    'csp-crime': { ...head('csp-crime'), figures: force, notPublished: [] },
    'family-group': { ...head('family-group'), members: [], figures: [], notPublished: [] },
    asb: { ...head('asb'), figures: [], notPublished: [] },
    actions: { ...head('actions'), actions, recommendations: [], figures: [], notPublished: [] },
    scorecards: { ...head('scorecards'), rows: [], figures: [], notPublished: [] },
    places: { ...head('places'), beats: [], subgroups: [] },
    periods: { ...head('periods'), periods },
    notes: { ...head('notes'), notes: [] },
    vocab: {
      ...head('vocab'),
      areas: profile.areas.map((a) => ({ type: a.type, code: a.code, name: a.name })),
      measures: profile.crimeTypes.map((m) => ({
        id: m,
        label: m === 'all-crime' ? 'All crime' : `SYNTHETIC crime ${m.split('-').at(-1)}`,
        description: '',
      })),
    },
  };
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** The published files of the synthetic force (manifest, profile, one snapshot), as the build would write them. */
export function publishSyntheticForce(p: ForceProfile = FORCE_WIDE): Map<string, string> {
  const datasets = syntheticForceDatasets(p);
  const out = new Map<string, string>();
  let figureCount = 0;
  for (const dataset of DATASETS) {
    const body: DatasetFile<DatasetId> = datasets[dataset];
    const wire = 'figures' in body ? { ...body, figures: encodeFigures(body.figures) } : body;
    if ('figures' in body) figureCount += body.figures.length;
    WIRE_SCHEMAS[dataset].parse(wire);
    out.set(`${SYNTHETIC_SNAPSHOT}/${dataset}.json`, wireJson(wire));
  }
  const partnership = `${JSON.stringify(syntheticForceProfile(p), null, 2)}\n`;
  const last = monthIds(p.months).at(-1) ?? '';
  const lastPeriod = parsePeriodId(last);
  const manifest: Manifest = {
    schemaVersion: SCHEMA_VERSION,
    generatedFrom: 'SYNTHETIC force-wide benchmark data (scripts/lib/synthetic-force.ts)',
    partnership: { path: 'partnership.json', bytes: Buffer.byteLength(partnership), sha256: sha256(partnership) },
    snapshots: [
      {
        id: SYNTHETIC_SNAPSHOT,
        title: 'SYNTHETIC force-wide release',
        kind: 'release',
        meeting: null,
        published: { date: '2099-01-20', asPrinted: null, line: null },
        figuresTo: lastPeriod.ok ? lastPeriod.period.end : null,
        sources: [
          {
            kind: 'extract',
            document: EXTRACT,
            title: 'SYNTHETIC force-wide crime extract',
            producedBy: 'Synthetic analyst',
            system: 'Synthetic records system',
            runDate: '2099-01-10',
          },
        ],
        mainPeriod: lastPeriod.ok ? { id: last, label: lastPeriod.period.label } : null,
        figureCount,
        files: [...out.entries()].map(([path, text]) => ({
          path,
          dataset: DATASETS.find((d) => path.endsWith(`/${d}.json`)) ?? 'notes',
          bytes: Buffer.byteLength(text),
          sha256: sha256(text),
        })),
      },
    ],
    defaultSnapshot: SYNTHETIC_SNAPSHOT,
  };
  out.set('partnership.json', partnership);
  out.set('manifest.json', `${JSON.stringify(manifestSchema.parse(manifest), null, 2)}\n`);
  return out;
}
