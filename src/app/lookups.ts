import type { DatasetFile, Manifest, SnapshotSource } from '../data/schema';
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
  const sources = new Map<string, SnapshotSource>();
  // Every snapshot lists the sources of all it holds, so any snapshot's figures can name theirs.
  for (const s of manifest.snapshots) {
    for (const source of s.sources) {
      documents.set(source.document, source.title);
      sources.set(source.document, source);
    }
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
    sources,
    snapshot: {
      id: snapshotId,
      title: manifest.snapshots.find((s) => s.id === snapshotId)?.title ?? snapshotId,
      figuresTo: manifest.snapshots.find((s) => s.id === snapshotId)?.figuresTo ?? null,
    },
  };
}
