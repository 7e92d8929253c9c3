import type { NotPublished } from '../../data/schema';
import { measureLabel, useFigureLookups } from '../../components/figures/figure-context';
import type { Unavailable } from './selectors';

interface Props {
  id: string;
  /** Monitored crime types with no counts by beat, with the reason. */
  measures: readonly Unavailable[];
  /** The chosen crime type's charts printed only as images, where it has fewer periods by beat than others: what they cover is not shown. */
  images: readonly NotPublished[];
  measureName: string;
  /** What a sub-area is called: "beat". */
  singular: string;
}

/** "Figure 7" from "Figure 7: 'Robbery': …", so the reason stays short; the full title where it has no such label. */
function shortTitle(title: string): string {
  const head = title.split(':')[0]?.trim() ?? title;
  return /^(Figure|Chart|Table|Graph) [\w.]+$/i.test(head) ? head : title;
}

/**
 * What the crime-type and period controls cannot offer, beside them, with the
 * reason the data give, so a missing crime type is never a silent absence.
 */
export function BeatUnavailable({ id, measures, images, measureName, singular }: Props) {
  const lookups = useFigureLookups();
  if (measures.length === 0 && images.length === 0) return null;
  const doc = (n: NotPublished) => lookups.documents.get(n.source.document) ?? n.source.document;
  return (
    <div className="beat-unavailable" id={id}>
      {measures.length > 0 ? (
        <>
          <p className="beat-unavailable__title">Crime types not in the list</p>
          <ul>
            {measures.map((u) => (
              <li key={u.measure}>
                <strong>{measureLabel(lookups, u.measure)}</strong>:{' '}
                {u.image
                  ? `published by ${singular} only as an image (${shortTitle(u.image.title)}, ${u.image.source.ref}, line ${u.image.source.line.toString()}).`
                  : `no counts by ${singular} are published in this snapshot.`}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {images.length > 0 ? (
        <>
          <p className="beat-unavailable__title">{measureName}: other periods printed only as an image</p>
          <ul>
            {images.map((n) => (
              <li key={`${n.source.document}:${n.source.line}`}>
                {n.title}: not published here. {doc(n)}, {n.source.ref}, line {n.source.line}.{n.note ? ` ${n.note}` : ''}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}
