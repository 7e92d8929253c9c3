import { useMemo } from 'react';
import { NOTE_KINDS, type DatasetFile, type Note } from '../../data/schema';
import { NOTE_KIND_LABELS } from '../../components/figures/note-kinds';
import { SourceRef } from '../../components/endnotes/source-ref';
import { ActionsDocument } from '../../features/actions/actions-document';

export function ActionsSection({ actions }: { actions: DatasetFile<'actions'> }) {
  return (
    <>
      <p>
        Action logs, actions agreed in minutes, action plans and forward programme items as the published documents record them, by meeting,
        newest first. &ldquo;Not recorded&rdquo; stands wherever the documents give no owner, deadline or status.
      </p>
      <ActionsDocument actions={actions} part="actions" headingLevel={3} />
    </>
  );
}

export function RecommendationsSection({ actions }: { actions: DatasetFile<'actions'> }) {
  return (
    <>
      <p>Partnership Strategic Assessment recommendations, with the update each document records.</p>
      <ActionsDocument actions={actions} part="recommendations" headingLevel={3} />
    </>
  );
}

const NO_SOURCE: readonly never[] = [];

/** Every note on the snapshot's data, by kind: contradictions first, as a reader most needs them. */
export function NotesSection({ notes }: { notes: DatasetFile<'notes'> }) {
  const byKind = useMemo(() => {
    const groups = new Map<Note['kind'], Note[]>();
    for (const n of notes.notes) groups.set(n.kind, [...(groups.get(n.kind) ?? []), n]);
    return NOTE_KINDS.flatMap((kind) => {
      const list = groups.get(kind);
      return list ? [{ kind, list }] : [];
    });
  }, [notes]);
  if (byKind.length === 0) return <p>This snapshot has no notes on its data.</p>;
  return (
    <>
      <p>
        What a reader should know about the figures: where two published values contradict each other, where a later publication revised a
        figure, and how the dashboard read a wording. Notes the dashboard&rsquo;s own checks wrote have no source.
      </p>
      {byKind.map(({ kind, list }) => (
        <section key={kind} aria-labelledby={`pack-notes-${kind}`}>
          <h3 id={`pack-notes-${kind}`}>
            {NOTE_KIND_LABELS[kind]} <span className="file-meta">({list.length})</span>
          </h3>
          <ul className="pack-notes">
            {list.map((n) => (
              <li key={n.id}>
                {n.text}
                <SourceRef sources={n.source ? [n.source] : NO_SOURCE} />
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
