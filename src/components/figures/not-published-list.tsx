import type { NotPublished } from '../../data/schema';
import { useFigureLookups } from './figure-context';

/** Charts the documents showed only as images: named, sourced, never filled in. */
export function NotPublishedList({ items, heading = 'Published only as images' }: { items: readonly NotPublished[]; heading?: string }) {
  const lookups = useFigureLookups();
  if (items.length === 0) return null;
  return (
    <section className="not-published-list" aria-labelledby="not-published-heading">
      <h2 id="not-published-heading">{heading}</h2>
      <p>These charts appear in the documents as pictures, without their numbers, so their figures are not published here.</p>
      <ul>
        {items.map((n) => (
          <li key={`${n.source.document}:${n.source.line}:${n.title}`}>
            <strong>{n.title}</strong>: not published. {lookups.documents.get(n.source.document) ?? n.source.document}, {n.source.ref}, line{' '}
            {n.source.line}.{n.note ? ` ${n.note}` : ''}
          </li>
        ))}
      </ul>
    </section>
  );
}
