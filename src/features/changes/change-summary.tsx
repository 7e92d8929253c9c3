import type { SnapshotEntry } from '../../data/schema';
import { CHANGE_KINDS, type Comparison } from './compare';
import { KIND_LABELS } from './labels';

interface Props {
  comparison: Comparison;
  from: SnapshotEntry;
  to: SnapshotEntry;
}

/** The comparison in a few sentences: how many of each kind, and whether any figure was revised. */
export function ChangeSummary({ comparison, from, to }: Props) {
  const { counts } = comparison;
  return (
    <section aria-labelledby="changes-summary">
      <h2 id="changes-summary">
        From {from.id} to {to.id}
      </h2>
      <p>
        Comparing {from.title} ({from.id}) with {to.title} ({to.id}).
      </p>
      <ul className="changes-counts">
        {CHANGE_KINDS.map((k) => (
          <li key={k}>
            {KIND_LABELS[k]}: <strong>{counts[k]}</strong>
          </li>
        ))}
      </ul>
      <p>
        {counts.revised === 0
          ? `No figure published in ${from.id} is printed with a different value in ${to.id}: no figure was revised.`
          : `${counts.revised} ${counts.revised === 1 ? 'figure was' : 'figures were'} revised: a later publication printed a different value for the same area, measure, statistic and period. A revision restates the data; it is not an error, and each row below says what was printed where.`}
        {counts['no-longer-published'] === 0 ? ` Every figure published in ${from.id} is still published in ${to.id}.` : null}
      </p>
    </section>
  );
}
