/**
 * Compiles validated sources into the published files. Pure: it returns the
 * files as a path-to-text map, so the check can build into memory and compare
 * with what is committed in public/data.
 */
import { publishActions } from './actions.ts';
import { createHash } from 'node:crypto';
import { z } from 'zod';
import {
  DATASET_SCHEMAS,
  FIGURE_DATASETS,
  SCHEMA_VERSION,
  manifestSchema,
  type Action,
  type DatasetId,
  type DatasetPart,
  type FigureDataset,
  type Manifest,
  type Note,
  type NotPublished,
  type Printing,
  type Recommendation,
  type ScorecardRow,
  type SnapshotSource,
  type Source,
} from '../../src/data/schema.ts';
import { partnershipSchema } from '../../src/data/partnership.ts';
import { WIRE_SCHEMAS } from '../../src/data/wire-figures-schema.ts';
import { toCsv, type CsvCell } from '../../src/lib/csv.ts';
import { formatDate, parsePeriodId, type Period } from '../../src/lib/periods.ts';
import { runConsistencyChecks } from './consistency.ts';
import { writeDataset } from './split.ts';
export { wireJson } from './split.ts';
import { citedSource, mergeFigures, type BuiltFigure, type Printed } from './figures.ts';
import { NOT_STATED, type DocumentSources, type Sources } from './sources.ts';

export const FIGURES_CSV_COLUMNS = [
  'snapshot_id',
  'dataset',
  'area_type',
  'area_code',
  'area_name',
  'measure',
  'statistic',
  'period_label',
  'period_start',
  'period_end',
  'comparison_start',
  'comparison_end',
  'value',
  'value_as_printed',
  'unit',
  'source_document',
  'source_ref',
  'source_line',
  'note',
] as const;

export class BuildError extends Error {
  constructor(readonly problems: string[]) {
    super(`${problems.length} problem(s) building the snapshots:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

function period(id: string): Period {
  const r = parsePeriodId(id);
  if (!r.ok) throw new Error(r.reason); // sources were validated, so this cannot happen
  return r.period;
}

/** A row of one of the publication's own document's kinds: it cites the document's line. */
function source(doc: DocumentSources, ref: string, line: number): Source {
  return { kind: 'document', document: doc.publication.source_document, ref, line };
}

function natural(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true });
}

interface Vocab {
  areaNames: Map<string, string>;
  measureLabels: Map<string, { label: string; description: string }>;
}

function buildVocab(sources: Sources, problems: string[]): Vocab {
  const areaNames = new Map<string, string>();
  for (const a of sources.areas) {
    const key = `${a.area_type}|${a.area_code}`;
    const existing = areaNames.get(key);
    if (existing !== undefined && existing !== a.area_name) {
      problems.push(`${a.csvFile}:${a.csvRow}:area_name: area ${a.area_type},${a.area_code} is already named "${existing}"`);
    }
    areaNames.set(key, existing ?? a.area_name);
  }
  const measureLabels = new Map<string, { label: string; description: string }>();
  for (const m of sources.measures) {
    const existing = measureLabels.get(m.measure);
    if (existing !== undefined && existing.label !== m.label) {
      problems.push(`${m.csvFile}:${m.csvRow}:label: measure ${m.measure} is already labelled "${existing.label}"`);
    }
    if (existing === undefined) measureLabels.set(m.measure, { label: m.label, description: m.description });
  }
  return { areaNames, measureLabels };
}

/** Manual notes attach to the figures printed on their line (and with their printed text, if given). */
/**
 * A note whose text matches no figure still applies to whatever else cites
 * its line (a scorecard row, an action), so it is published either way.
 */
function attachManualNotes(docs: DocumentSources[], figures: BuiltFigure[]): Note[] {
  const notes: Note[] = [];
  for (const doc of docs) {
    for (const n of doc.rows.notes) {
      const ref =
        n.source !== ''
          ? `row ${n.source_line}`
          : n.last_line != null && n.last_line !== n.source_line
            ? `lines ${n.source_line}-${n.last_line}`
            : `line ${n.source_line}`;
      const noteSource = citedSource(n, ref, doc);
      const document = noteSource.document;
      notes.push({ id: n.id, kind: n.kind, generated: false, text: n.text, source: noteSource, flag: n.flag ? n.flag : null });
      for (const f of figures) {
        const hit = f.printings.some(
          (p) =>
            p.source.document === document &&
            p.source.line >= n.source_line &&
            p.source.line <= (n.last_line ?? n.source_line) &&
            (n.value_as_printed === '' || p.printed === n.value_as_printed),
        );
        if (hit && !f.noteIds.includes(n.id)) f.noteIds.push(n.id);
      }
    }
  }
  return notes;
}

/**
 * A figure printed in several places can collect two notes with the same
 * words (one written for each place), or a note repeating its own remark;
 * a reader should see each text once.
 */
function dropRepeatedNoteTexts(figures: BuiltFigure[], notes: Note[]): void {
  const textOf = new Map(notes.map((n) => [n.id, n.text.trim()]));
  for (const f of figures) {
    const seen = new Set<string>();
    f.noteIds = f.noteIds.filter((id) => {
      const t = textOf.get(id) ?? id;
      if (seen.has(t)) return false;
      seen.add(t);
      return true;
    });
    // The note keeps its kind (an inconsistency is flagged), so it is the remark that goes.
    if (f.remark !== null && seen.has(f.remark.trim())) f.remark = null;
  }
}

interface SnapshotFiles {
  files: Map<string, string>;
  /** What each part of a split dataset holds, by path. */
  parts: Map<string, DatasetPart>;
  figureCount: number;
}

function buildSnapshot(sources: Sources, upTo: number, vocab: Vocab, problems: string[]): SnapshotFiles {
  const docs = sources.documents.slice(0, upTo + 1);
  const current = docs[docs.length - 1];
  if (!current) throw new Error('no documents');
  const snapshotId = current.snapshotId;

  const printed: Printed[] = docs.flatMap((document) => document.rows.figures.map((row) => ({ row, document })));
  // Every figure's area and measure was checked as the sources loaded (sources.ts, vocabProblems).
  const figures = mergeFigures(printed);
  const notes = attachManualNotes(docs, figures);
  const byId = new Map(figures.map((f) => [f.id, f]));
  const titles = new Map(snapshotSources(docs).map((s) => [s.document, s.title]));
  for (const g of runConsistencyChecks(figures, sources.profile.partnership, titles)) {
    notes.push(g.note);
    for (const id of g.figureIds) byId.get(id)?.noteIds.push(g.note.id);
  }
  notes.sort((a, b) => natural(a.id, b.id));
  dropRepeatedNoteTexts(figures, notes);

  const notPublished: NotPublished[] = docs.flatMap((doc) =>
    doc.rows['not-published'].map((r) => ({
      dataset: r.dataset,
      title: r.title,
      measure: r.measure,
      source: source(doc, r.source_ref, r.source_line),
      note: r.note === '' ? null : r.note,
    })),
  );

  const files = new Map<string, string>();
  const parts = new Map<string, DatasetPart>();
  const strip = (f: BuiltFigure) => {
    const { dataset: _dataset, latestSnapshot: _latest, ...figure } = f;
    return figure;
  };
  const figuresOf = (d: FigureDataset) => figures.filter((f) => f.dataset === d).map(strip);
  const notPublishedOf = (d: FigureDataset) => notPublished.filter((n) => n.dataset === d);
  const head = <D extends DatasetId>(dataset: D) => ({ schemaVersion: SCHEMA_VERSION, snapshotId, dataset });

  const put = <D extends DatasetId>(dataset: D, body: z.input<(typeof DATASET_SCHEMAS)[D]>) => {
    const path = `${snapshotId}/${dataset}.json`;
    const result = DATASET_SCHEMAS[dataset].safeParse(body);
    if (!result.success) {
      for (const issue of result.error.issues) problems.push(`${path}: ${issue.path.join('.')}: ${issue.message}`);
      return;
    }
    // A large dataset is written as parts, each listed in the manifest with what it holds.
    for (const file of writeDataset(snapshotId, dataset, result.data, problems, { asWritten: body })) {
      files.set(file.path, file.text);
      if (file.part) parts.set(file.path, file.part);
    }
  };

  for (const d of ['beat-crime', 'csp-crime', 'asb'] as const) {
    put(d, { ...head(d), figures: figuresOf(d), notPublished: notPublishedOf(d) });
  }

  const members = new Map<string, { force: string; member: string; printings: Printing[] }>();
  for (const doc of docs) {
    for (const r of doc.rows['family-group']) {
      const key = `${r.force}|${r.member}`;
      const m = members.get(key) ?? { force: r.force, member: r.member, printings: [] };
      m.printings.push({ printed: r.member_as_printed, source: source(doc, r.source_ref, r.source_line) });
      members.set(key, m);
    }
  }
  put('family-group', {
    ...head('family-group'),
    members: [...members.values()].sort((a, b) => natural(a.member, b.member)),
    figures: figuresOf('family-group'),
    notPublished: notPublishedOf('family-group'),
  });

  const actions: Action[] = publishActions(
    docs.flatMap((doc) =>
      doc.rows.actions.map((r) => ({
        action: {
          id: r.id,
          kind: r.kind,
          meetingDate: r.meeting_date,
          minuteRef: r.minute_ref,
          item: r.item,
          text: r.text,
          owners: r.owners,
          completeBy: r.complete_by,
          status: r.status,
          source: source(doc, r.source_ref, r.source_line),
        },
        sameAs: r.same_as,
        at: `${r.csvFile}:${r.csvRow}`,
      })),
    ),
    sources.profile.partnership.people,
    problems,
  );
  const recommendations: Recommendation[] = docs.flatMap((doc) =>
    doc.rows.recommendations.map((r) => ({
      id: r.id,
      psa: r.psa,
      number: r.number,
      text: r.text,
      update: r.update,
      status: r.status,
      source: source(doc, r.source_ref, r.source_line),
      updateSource: r.update_line === null ? null : source(doc, r.source_ref, r.update_line),
    })),
  );
  put('actions', {
    ...head('actions'),
    actions,
    recommendations,
    figures: figuresOf('actions'),
    notPublished: notPublishedOf('actions'),
  });

  const rows: ScorecardRow[] = docs.flatMap((doc) =>
    doc.rows['scorecard-rows'].map((r) => ({
      scorecard: r.scorecard,
      row: r.row,
      outcome: r.outcome,
      indicator: r.indicator,
      measure: r.measure,
      rag: r.rag,
      direction: r.direction,
      progress: r.progress,
      source: source(doc, r.source_ref, r.source_line),
    })),
  );
  put('scorecards', { ...head('scorecards'), rows, figures: figuresOf('scorecards'), notPublished: notPublishedOf('scorecards') });

  const beats = new Map<string, Printing[]>();
  for (const doc of docs) {
    for (const r of doc.rows.places) {
      beats.set(r.beat, [...(beats.get(r.beat) ?? []), { printed: r.wording, source: source(doc, r.source_ref, r.source_line) }]);
    }
  }
  put('places', {
    ...head('places'),
    beats: [...beats.entries()].sort(([a], [b]) => natural(a, b)).map(([beat, wordings]) => ({ beat, wordings })),
    subgroups: docs.flatMap((doc) =>
      doc.rows.subgroups.map((r) => ({ code: r.code, name: r.name, beat: r.beat, source: source(doc, r.source_ref, r.source_line) })),
    ),
  });

  const periodIds = new Set<string>();
  for (const f of figures) {
    periodIds.add(f.period);
    if (f.comparison) periodIds.add(f.comparison);
  }
  const asPrinted = new Map<string, Printing[]>();
  for (const doc of docs) {
    for (const r of doc.rows.periods) {
      periodIds.add(r.period);
      asPrinted.set(r.period, [
        ...(asPrinted.get(r.period) ?? []),
        { printed: r.as_printed, source: source(doc, 'period wording', r.source_line) },
      ]);
    }
  }
  put('periods', {
    ...head('periods'),
    periods: [...periodIds]
      .map(period)
      .sort((a, b) => a.start.localeCompare(b.start) || a.end.localeCompare(b.end) || a.id.localeCompare(b.id))
      .map((p) => ({ ...p, asPrinted: asPrinted.get(p.id) ?? [] })),
  });

  put('notes', { ...head('notes'), notes });

  const usedAreas = new Set(figures.map((f) => `${f.areaType}|${f.areaCode}`));
  const usedMeasures = new Set([...figures.map((f) => f.measure), ...rows.map((r) => r.measure)]);
  put('vocab', {
    ...head('vocab'),
    areas: [...usedAreas].sort(natural).map((key) => {
      const [type = '', code = ''] = key.split('|');
      return { type, code, name: vocab.areaNames.get(key) ?? code };
    }),
    measures: [...usedMeasures]
      .sort(natural)
      .map((id) => ({ id, label: vocab.measureLabels.get(id)?.label ?? id, description: vocab.measureLabels.get(id)?.description ?? '' })),
  });

  files.set(`${snapshotId}/figures.csv`, figuresCsv(snapshotId, figures, notes, vocab));
  return { files, parts, figureCount: figures.reduce((n, f) => n + f.printings.length, 0) };
}

/**
 * `period_start`/`period_end` as the document states them: a date it does not
 * state is left empty (the label says "not stated" and gives any bound), so a
 * spreadsheet can never read a bound as a printed date.
 */
function statedDates(p: Period): [string, string] {
  return [p.startStated ? p.start : '', p.endStated ? p.end : ''];
}

/** The tidy "all data" file: one row for every number as printed, in the dialect of every CSV the project writes. */
function figuresCsv(snapshotId: string, figures: BuiltFigure[], notes: Note[], vocab: Vocab): string {
  const noteText = new Map(notes.map((n) => [n.id, n.text]));
  const records: CsvCell[][] = [];
  for (const f of figures) {
    const p = period(f.period);
    const c = f.comparison === null ? null : period(f.comparison);
    const remarks = [f.remark, ...f.noteIds.map((id) => noteText.get(id))].filter((t): t is string => !!t);
    for (const printing of f.printings) {
      records.push([
        snapshotId,
        f.dataset,
        f.areaType,
        f.areaCode,
        vocab.areaNames.get(`${f.areaType}|${f.areaCode}`) ?? f.areaCode,
        f.measure,
        f.statistic,
        p.label,
        ...statedDates(p),
        ...(c === null ? ['', ''] : statedDates(c)),
        f.value,
        printing.printed,
        f.unit,
        printing.source.document,
        printing.source.ref,
        printing.source.line,
        remarks.join(' | '),
      ]);
    }
  }
  return toCsv(FIGURES_CSV_COLUMNS, records);
}

/** The period most of a publication's own printed figures are for; the latest among equals. */
function mainPeriod(doc: DocumentSources): Period | null {
  const counts = new Map<string, number>();
  for (const r of doc.rows.figures) counts.set(r.period, (counts.get(r.period) ?? 0) + 1);
  const best = [...counts.entries()]
    .map(([id, n]) => ({ p: period(id), n }))
    .sort((a, b) => b.n - a.n || b.p.end.localeCompare(a.p.end) || a.p.id.localeCompare(b.p.id))[0];
  return best?.p ?? null;
}

type Dates = Pick<Manifest['snapshots'][number], 'kind' | 'meeting' | 'published' | 'figuresTo'>;

/** A snapshot's three dates, as the document prints them; a date it does not print is null, never filled in. */
export function snapshotDates(doc: DocumentSources): Dates {
  const p = doc.publication;
  const main = mainPeriod(doc);
  return {
    kind: p.kind,
    meeting:
      p.meeting_date === NOT_STATED || p.meeting_date === '' || p.meeting_date_line === null
        ? null
        : {
            date: p.meeting_date,
            asPrinted: p.meeting_date_as_printed,
            line: p.meeting_date_line,
            doubt: p.meeting_date_doubt === '' ? null : p.meeting_date_doubt,
          },
    published:
      p.publication_date === NOT_STATED
        ? null
        : p.publication_date_line === null
          ? // A release's date is the partnership's own (the row was validated: only a release has a date without a line).
            { date: p.publication_date, asPrinted: null, line: null }
          : { date: p.publication_date, asPrinted: p.publication_date_as_printed, line: p.publication_date_line },
    figuresTo: main?.endStated ? main.end : null,
  };
}

/**
 * The order the dates must be in: figures end before the document is issued
 * or the meeting held; an agenda is issued before its meeting, minutes after
 * theirs; an extract is run before the publication that uses it. Dates not
 * stated are not checked.
 */
export function dateOrderProblems(doc: DocumentSources, dates: Dates): string[] {
  const problems: string[] = [];
  const meeting = dates.meeting?.date ?? null;
  const published = dates.published?.date ?? null;
  const fmt = (iso: string) => formatDate(iso);
  const at = (column: string) => `${doc.publication.csvFile}:${doc.publication.csvRow}:${column}`;
  if (dates.figuresTo !== null && published !== null && dates.figuresTo > published) {
    problems.push(`${at('publication_date')}: its figures run to ${fmt(dates.figuresTo)}, after its publication date ${fmt(published)}`);
  }
  if (dates.figuresTo !== null && meeting !== null && dates.figuresTo > meeting) {
    problems.push(`${at('meeting_date')}: its figures run to ${fmt(dates.figuresTo)}, after its meeting date ${fmt(meeting)}`);
  }
  if (meeting !== null && published !== null) {
    if (dates.kind === 'agenda' && published > meeting) {
      problems.push(`${at('publication_date')}: an agenda published ${fmt(published)}, after its meeting on ${fmt(meeting)}`);
    }
    if (dates.kind === 'minutes' && published < meeting) {
      problems.push(`${at('publication_date')}: minutes published ${fmt(published)}, before the meeting they record on ${fmt(meeting)}`);
    }
  }
  const latest = published ?? meeting;
  for (const e of doc.extracts) {
    if (latest !== null && e.meta.run_date > latest) {
      problems.push(
        `${e.meta.csvFile}:${e.meta.csvRow}:run_date: the extract was run ${fmt(e.meta.run_date)}, after its publication's date ${fmt(latest)}`,
      );
    }
  }
  return problems;
}

/** Every document and extract of these publications, oldest first: a snapshot's sources. */
export function snapshotSources(docs: readonly DocumentSources[]): SnapshotSource[] {
  return docs.flatMap((d): SnapshotSource[] => [
    ...(d.publication.source_document === ''
      ? []
      : [
          {
            kind: 'document' as const,
            document: d.publication.source_document,
            title: d.publication.title,
            // Absent rather than empty where the address is not known, so manifests without addresses stay as they were.
            ...(d.publication.public_address === '' ? {} : { address: d.publication.public_address }),
          },
        ]),
    ...d.extracts.map((e) => ({
      kind: 'extract' as const,
      document: e.path,
      title: e.meta.title,
      producedBy: e.meta.produced_by,
      system: e.meta.system,
      runDate: e.meta.run_date,
    })),
  ]);
}

/** Builds every snapshot, the manifest and the JSON Schema files. */
export function buildPublicData(sources: Sources): Map<string, string> {
  const problems: string[] = [];
  const vocab = buildVocab(sources, problems);
  const out = new Map<string, string>();
  const snapshots: Manifest['snapshots'] = [];
  sources.documents.forEach((doc, i) => {
    const { files, parts, figureCount } = buildSnapshot(sources, i, vocab, problems);
    for (const [path, text] of files) out.set(path, text);
    const dates = snapshotDates(doc);
    problems.push(...dateOrderProblems(doc, dates));
    const main = mainPeriod(doc);
    snapshots.push({
      id: doc.snapshotId,
      title: doc.publication.title,
      ...dates,
      sources: snapshotSources(sources.documents.slice(0, i + 1)),
      mainPeriod: main ? { id: main.id, label: main.label } : null,
      figureCount,
      files: [...files.entries()].map(([path, text]) => {
        const part = parts.get(path);
        return {
          path,
          dataset: path.endsWith('figures.csv') ? 'figures' : (path.split('/')[1]?.replace('.json', '') as DatasetId),
          bytes: Buffer.byteLength(text, 'utf8'),
          sha256: sha256(text),
          ...(part ? { part } : {}),
        };
      }),
    });
  });
  snapshots.reverse(); // newest first, as a picker lists them
  const newest = snapshots[0];
  if (!newest) throw new BuildError(['data/publications.csv lists no publications']);
  const partnership = json(sources.profile.partnership);
  out.set('partnership.json', partnership);
  const manifest: Manifest = {
    schemaVersion: SCHEMA_VERSION,
    generatedFrom: 'data/ (npm run data:build)',
    partnership: { path: 'partnership.json', bytes: Buffer.byteLength(partnership, 'utf8'), sha256: sha256(partnership) },
    snapshots,
    defaultSnapshot: newest.id,
  };
  const checked = manifestSchema.safeParse(manifest);
  if (!checked.success) problems.push(...checked.error.issues.map((i) => `manifest.json: ${i.path.join('.')}: ${i.message}`));
  out.set('manifest.json', json(manifest));

  for (const [dataset, schema] of Object.entries(WIRE_SCHEMAS)) {
    out.set(`schema/${dataset}.schema.json`, json(z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' })));
  }
  out.set('schema/partnership.schema.json', json(z.toJSONSchema(partnershipSchema, { io: 'input', unrepresentable: 'any' })));
  out.set('schema/manifest.schema.json', json(z.toJSONSchema(manifestSchema, { io: 'input', unrepresentable: 'any' })));

  if (problems.length > 0) throw new BuildError([...new Set(problems)]);
  return new Map([...out.entries()].sort(([a], [b]) => a.localeCompare(b)));
}

export { FIGURE_DATASETS };
