import type { NotPublished } from '../../data/schema';
import { useFigureLookups } from '../../components/figures/figure-context';

interface Props {
  items: readonly NotPublished[];
  headingId: string;
}

/** Charts the documents printed as pictures: named and sourced in place of a chart, never redrawn or guessed at. */
export function ImageOnlyCharts({ items, headingId }: Props) {
  const lookups = useFigureLookups();
  if (items.length === 0) return null;
  return (
    <div className="asb-image-charts">
      <h3 id={headingId}>{items.length === 1 ? 'Chart not published' : 'Charts not published'}</h3>
      <ul>
        {items.map((n) => (
          <li key={`${n.source.document}:${n.source.line}:${n.title}`}>
            <strong>{n.title}</strong> <span className="not-published">not published.</span> This chart was published as an image without
            its numbers, so it is not reproduced.{' '}
            <span className="file-meta">
              Source: {lookups.documents.get(n.source.document) ?? n.source.document}, {n.source.ref}, line {n.source.line}.
            </span>
            {n.note ? <> Note: {n.note}</> : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
