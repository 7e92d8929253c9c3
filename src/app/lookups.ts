import type { DatasetFile, Manifest } from '../data/schema';
import type { FigureLookups } from '../components/figures/figure-context';
import type { Period } from '../lib/periods';

/** Builds the lookups figures need once per snapshot, from its small reference files. */
export function buildLookups(
  manifest: Manifest,
  snapshotId: string,
  notes: DatasetFile<'notes'>,
  periods: DatasetFile<'periods'>,
  vocab: DatasetFile<'vocab'>,
): FigureLookups {
  const documents = new Map<string, string>();
  // Snapshots are cumulative, so each one's newest document is its own publication.
  for (const s of manifest.snapshots) {
    const own = s.sourceDocuments[s.sourceDocuments.length - 1];
    if (own) documents.set(own, s.title);
  }
  return {
    notes: new Map(notes.notes.map((n) => [n.id, n])),
    periods: new Map(
      periods.periods.map((p): [string, Period] => [
        p.id,
        {
          id: p.id,
          type: p.type,
          start: p.start,
          end: p.end,
          startStated: p.startStated,
          endStated: p.endStated,
          financialYear: p.financialYear,
          label: p.label,
        },
      ]),
    ),
    measures: new Map(vocab.measures.map((m) => [m.id, m.label])),
    areas: new Map(vocab.areas.map((a) => [`${a.type}|${a.code}`, a.name])),
    documents,
    snapshot: {
      id: snapshotId,
      title: manifest.snapshots.find((s) => s.id === snapshotId)?.title ?? snapshotId,
      figuresTo: manifest.snapshots.find((s) => s.id === snapshotId)?.figuresTo ?? null,
    },
  };
}
