import { choiceParam, sortParam, stringParam } from '../../lib/url-state';
import { CHANGE_KINDS } from './compare';
import { CHANGE_DATASETS } from './labels';

/**
 * The sortable columns of CHANGE_COLUMNS (a unit test keeps them in step),
 * named here so the route, which is in every page's script, does not pull in
 * the table's cells.
 */
export const SORTABLE_CHANGE_COLUMNS = ['kind', 'dataset', 'what', 'earlier', 'later', 'difference'] as const;

/**
 * `from` and `to` name snapshots of the manifest (empty: `to` is the snapshot
 * on screen, the newest by default, and `from` the one before it); `dataset`
 * and `kind` filter the list. Built from the manifest, so a link to a
 * snapshot this dashboard does not hold is reported and ignored.
 */
export function changesParams(snapshotIds: readonly string[]) {
  const expects = `one of this dashboard's snapshots (${snapshotIds.join(', ')})`;
  return {
    from: choiceParam(snapshotIds, expects),
    to: choiceParam(snapshotIds, expects),
    dataset: stringParam(new RegExp(`^(${CHANGE_DATASETS.join('|')})$`), `one of ${CHANGE_DATASETS.join(', ')}`),
    kind: stringParam(new RegExp(`^(${CHANGE_KINDS.join('|')})$`), `one of ${CHANGE_KINDS.join(', ')}`),
    sort: sortParam(SORTABLE_CHANGE_COLUMNS),
  };
}

export type ChangesParams = ReturnType<typeof changesParams>;
