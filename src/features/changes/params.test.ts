import { describe, expect, it } from 'vitest';
import { sortableColumnIds } from '../../components/data-table/columns';
import { readParams, writeParams } from '../../lib/url-state';
import { CHANGE_COLUMNS } from './change-columns';
import { changesParams, SORTABLE_CHANGE_COLUMNS } from './params';

const SPEC = changesParams(['2098-01', '2099-01']);

describe('the changes parameters', () => {
  it('accept a sort on every column a reader can sort by, and no other', () => {
    expect([...SORTABLE_CHANGE_COLUMNS]).toEqual(sortableColumnIds(CHANGE_COLUMNS));
  });

  it('accept only snapshots the manifest holds, kinds and datasets that exist, and write only what is not the default', () => {
    const { values, problems } = readParams('from=2098-01&to=1999-01&kind=revised&dataset=beat-crime&sort=-difference', SPEC);
    expect(values.from).toBe('2098-01');
    expect(values.to).toBe('');
    expect(values.kind).toBe('revised');
    expect(values.dataset).toBe('beat-crime');
    expect(values.sort).toEqual({ column: 'difference', descending: true });
    expect(problems.map((p) => p.key)).toEqual(['to']);
    expect(readParams('kind=old&dataset=places', SPEC).problems.map((p) => p.key)).toEqual(['dataset', 'kind']);
    expect(writeParams({ from: '', to: '2099-01', dataset: '', kind: 'new', sort: null }, SPEC).toString()).toBe('to=2099-01&kind=new');
  });
});
