/**
 * Turns transcribed rows (one per printed number) into figures (one per
 * distinct meaning and value), keeping every place each was printed.
 */
import { createHash } from 'node:crypto';
import type { Figure, FigureDataset, Printing, Source } from '../../src/data/schema.ts';
import { extractPath } from './extracts.ts';
import type { DocumentSources, Rows } from './sources.ts';

export type FigureRow = Rows<'figures'>[number];

export interface Printed {
  row: FigureRow;
  document: DocumentSources;
}

export interface BuiltFigure extends Figure {
  dataset: FigureDataset;
  /** Snapshot id (year and month, so it sorts by date) of the latest document that printed it. */
  latestSnapshot: string;
}

/** What a figure means, independent of its value and of where it was printed. */
export function meaningKey(
  r: Pick<FigureRow, 'dataset' | 'area_type' | 'area_code' | 'measure' | 'statistic' | 'period' | 'comparison'>,
): string {
  return [r.dataset, r.area_type, r.area_code, r.measure, r.statistic, r.period, r.comparison].join('|');
}

export function shortHash(s: string): string {
  return createHash('sha256').update(s).digest('hex').slice(0, 12);
}

/** Where a row's value stands: the publication's document at a line, or (column `source`) an extract at a row. */
export function citedSource(row: { source: string; source_line: number }, ref: string, doc: DocumentSources): Source {
  return row.source === ''
    ? { kind: 'document', document: doc.publication.source_document, ref, line: row.source_line }
    : { kind: 'extract', document: extractPath(doc.snapshotId, row.source), ref, line: row.source_line };
}

function byRecency(a: Printed, b: Printed): number {
  return b.document.snapshotId.localeCompare(a.document.snapshotId) || a.row.source_line - b.row.source_line;
}

/** Merges printings of the same meaning and value; marks the preferred value where printings disagree. */
export function mergeFigures(printed: Printed[]): BuiltFigure[] {
  const byMeaningAndValue = new Map<string, Printed[]>();
  for (const p of printed) {
    const key = `${meaningKey(p.row)}|${p.row.value}`;
    const list = byMeaningAndValue.get(key) ?? [];
    list.push(p);
    byMeaningAndValue.set(key, list);
  }
  const figures: BuiltFigure[] = [];
  for (const [key, list] of byMeaningAndValue) {
    list.sort(byRecency);
    const first = list[0];
    if (!first) continue;
    const r = first.row;
    const printings: Printing[] = list.map((p) => ({
      printed: p.row.value_as_printed,
      source: citedSource(p.row, p.row.source_ref, p.document),
    }));
    const remarks = [...new Set(list.map((p) => p.row.note.trim()).filter((n) => n !== ''))];
    figures.push({
      id: `f-${shortHash(key)}`,
      dataset: r.dataset,
      areaType: r.area_type,
      areaCode: r.area_code,
      measure: r.measure,
      statistic: r.statistic,
      period: r.period,
      comparison: r.comparison === '' ? null : r.comparison,
      value: r.value,
      unit: r.unit,
      printings,
      preferred: true,
      noteIds: [],
      remark: remarks.length > 0 ? remarks.join(' ') : null,
      latestSnapshot: first.document.snapshotId,
    });
  }
  // Where one meaning was printed with different values, the latest publication wins.
  const byMeaning = new Map<string, BuiltFigure[]>();
  for (const f of figures) {
    const key = meaningKey({
      dataset: f.dataset,
      area_type: f.areaType,
      area_code: f.areaCode,
      measure: f.measure,
      statistic: f.statistic,
      period: f.period,
      comparison: f.comparison ?? '',
    });
    byMeaning.set(key, [...(byMeaning.get(key) ?? []), f]);
  }
  for (const group of byMeaning.values()) {
    if (group.length < 2) continue;
    group.sort(
      (a, b) => b.latestSnapshot.localeCompare(a.latestSnapshot) || (a.printings[0]?.source.line ?? 0) - (b.printings[0]?.source.line ?? 0),
    );
    group.forEach((f, i) => {
      f.preferred = i === 0;
    });
  }
  return figures.sort(compareFigures);
}

function naturalCompare(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true });
}

export function compareFigures(a: BuiltFigure, b: BuiltFigure): number {
  return (
    naturalCompare(a.dataset, b.dataset) ||
    naturalCompare(a.areaType, b.areaType) ||
    naturalCompare(a.areaCode, b.areaCode) ||
    naturalCompare(a.measure, b.measure) ||
    naturalCompare(a.statistic, b.statistic) ||
    naturalCompare(a.period, b.period) ||
    naturalCompare(a.comparison ?? '', b.comparison ?? '') ||
    a.value - b.value
  );
}
