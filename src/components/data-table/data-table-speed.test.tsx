import { useMemo, useState } from 'react';
import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SYNTHETIC_PARTNERSHIP } from '../../../test/unit/fixtures';
import { PartnershipContext } from '../partnership/partnership-context';
import { EMPTY_LOOKUPS, FigureContext } from '../figures/figure-context';
import type { SortState } from '../../lib/url-state';
import type { TableColumn } from './columns';
import { DataTable } from './data-table';

// SYNTHETIC: made-up areas and counts, a table as wide as a force-wide trend (one column per month).
interface Row {
  area: string;
  counts: number[];
}
const MONTHS = 24;
const ROWS: readonly Row[] = ['Kilo', 'Alpha', 'Mike', 'Echo'].map((area, i) => ({
  area,
  counts: Array.from({ length: MONTHS }, (_, m) => ((i + 1) * 37 + m * 11) % 53),
}));

/** Cells drawn since the last reset: what a sort costs. */
let drawn = 0;
const COLUMNS: readonly TableColumn<Row>[] = [
  { id: 'area', header: 'Area', value: (r) => r.area, rowHeader: true },
  ...Array.from({ length: MONTHS }, (_, m): TableColumn<Row> => ({
    id: `m${m}`,
    header: `Month ${m + 1}`,
    numeric: true,
    value: (r) => r.counts[m] ?? null,
    cell: (r) => {
      drawn += 1;
      return String(r.counts[m] ?? '');
    },
  })),
];
const LOOKUPS = { ...EMPTY_LOOKUPS, snapshot: { id: '2099-07', title: 'Synthetic publication', figuresTo: '2099-06-30' } };

/**
 * A caller that, like a view keeping its sort in the URL and redrawing in
 * the background, takes the clicked sort in only when told to ("Apply"),
 * and can give a sort of its own, as a link or the back button does. Like
 * the beats view's deferred chart, it draws the table again only with a new
 * sort: drawing it again with the same sort would say it will not take the
 * click (use-clicked-sort.ts).
 */
function SlowCaller() {
  const [sort, setSort] = useState<SortState | null>(null);
  const [asked, setAsked] = useState<SortState | null>(null);
  const table = useMemo(
    () => (
      <DataTable
        caption="Synthetic counts by area and month"
        columns={COLUMNS}
        rows={ROWS}
        rowKey={(r) => r.area}
        sort={sort}
        onSortChange={setAsked}
      />
    ),
    [sort],
  );
  return (
    <PartnershipContext.Provider value={SYNTHETIC_PARTNERSHIP}>
      <FigureContext.Provider value={LOOKUPS}>
        <button type="button" onClick={() => setSort(asked)}>
          Apply
        </button>
        <button type="button" onClick={() => setSort(null)}>
          Unsort
        </button>
        <button type="button" onClick={() => setSort({ column: 'area', descending: true })}>
          Z to A
        </button>
        {table}
      </FigureContext.Provider>
    </PartnershipContext.Provider>
  );
}

const press = (name: string) => userEvent.click(screen.getByRole('button', { name }));

const areas = () =>
  within(screen.getByRole('table'))
    .getAllByRole('rowheader')
    .map((h) => h.textContent);

describe('sorting a wide table', () => {
  it('moves the rows without drawing their cells again', async () => {
    render(<SlowCaller />);
    drawn = 0;
    await userEvent.click(screen.getByRole('button', { name: /^Area/ }));
    await press('Apply');
    expect(areas()).toEqual(['Alpha', 'Echo', 'Kilo', 'Mike']);
    expect(drawn).toBe(0);
  });

  it('draws again only the cells of a column that changed, such as links that follow the address', () => {
    const table = (columns: readonly TableColumn<Row>[]) => (
      <PartnershipContext.Provider value={SYNTHETIC_PARTNERSHIP}>
        <FigureContext.Provider value={LOOKUPS}>
          <DataTable caption="Synthetic counts" columns={columns} rows={ROWS} rowKey={(r) => r.area} sort={null} />
        </FigureContext.Provider>
      </PartnershipContext.Provider>
    );
    const { rerender } = render(table(COLUMNS));
    const [first, ...months] = COLUMNS;
    if (!first) throw new Error('no columns');
    drawn = 0;
    rerender(table([{ ...first, cell: (r) => `${r.area} (new link)` }, ...months]));
    expect(areas()).toEqual(['Kilo (new link)', 'Alpha (new link)', 'Mike (new link)', 'Echo (new link)']);
    expect(drawn).toBe(0);
  });

  it('shows the clicked sort at once, before its caller takes it in, then follows what the caller gives', async () => {
    render(<SlowCaller />);
    await userEvent.click(screen.getByRole('button', { name: /^Area/ }));
    // The caller has not taken the sort in yet: the table shows it already.
    expect(areas()).toEqual(['Alpha', 'Echo', 'Kilo', 'Mike']);
    expect(screen.getByRole('columnheader', { name: /^Area/ })).toHaveAttribute('aria-sort', 'ascending');
    await press('Apply');
    expect(areas()).toEqual(['Alpha', 'Echo', 'Kilo', 'Mike']);
    // A sort the caller gives (a link, the back button) wins over the click before it.
    await press('Unsort');
    expect(areas()).toEqual(['Kilo', 'Alpha', 'Mike', 'Echo']);
    expect(screen.getByRole('columnheader', { name: /^Area/ })).not.toHaveAttribute('aria-sort');
    await press('Z to A');
    expect(areas()).toEqual(['Mike', 'Kilo', 'Echo', 'Alpha']);
  });
});

/**
 * A caller that answers each click a moment later and one at a time, as the
 * address does when a view redraws in the background; or answers with a
 * sort of its own; or refuses every click by returning false.
 */
function QueuedCaller({ refuse = false, discard = false }: { refuse?: boolean; discard?: boolean }) {
  const [sort, setSort] = useState<SortState | null>(null);
  const [asked, setAsked] = useState<(SortState | null)[]>([]);
  const table = (
    <DataTable
      caption="Synthetic counts by area and month"
      columns={COLUMNS}
      rows={ROWS}
      rowKey={(r) => r.area}
      sort={sort}
      onSortChange={(s) => {
        if (refuse) return false;
        setAsked((before) => [...before, s]);
      }}
    />
  );
  // Drawn again only with a new sort, as a view redrawing in the background does; discarding, it draws the table
  // again at once with the sort it had, as the address does where its sort parameter rejects the column.
  const kept = useMemo(() => table, [sort, refuse]); // eslint-disable-line react-hooks/exhaustive-deps
  return (
    <PartnershipContext.Provider value={SYNTHETIC_PARTNERSHIP}>
      <FigureContext.Provider value={LOOKUPS}>
        <button
          type="button"
          onClick={() => {
            const [first, ...rest] = asked;
            if (first !== undefined) setSort(first);
            setAsked(rest);
          }}
        >
          Answer the oldest
        </button>
        <button type="button" onClick={() => setSort({ column: 'm0', descending: true })}>
          Month 1 down
        </button>
        <button type="button" onClick={() => setSort({ column: 'm1', descending: true })}>
          Month 2 down
        </button>
        {discard ? table : kept}
      </FigureContext.Provider>
    </PartnershipContext.Provider>
  );
}

describe('a clicked sort before its caller answers', () => {
  const areaSort = () => screen.getByRole('columnheader', { name: /^Area/ }).getAttribute('aria-sort');

  it('shows the newest of two quick clicks throughout, while the caller answers them one at a time', async () => {
    render(<QueuedCaller />);
    const button = screen.getByRole('button', { name: /^Area/ });
    await userEvent.click(button);
    await userEvent.click(button);
    expect(areaSort()).toBe('descending');
    // The caller takes in the first click: the second is still on its way, so the table keeps showing it.
    await press('Answer the oldest');
    expect(areaSort()).toBe('descending');
    expect(areas()).toEqual(['Mike', 'Kilo', 'Echo', 'Alpha']);
    await press('Answer the oldest');
    expect(areaSort()).toBe('descending');
    // Then a sort of the caller's own (a link, the back button) shows as given.
    await press('Month 1 down');
    expect(areaSort()).toBeNull();
  });

  it('drops a click the caller answers with a sort of its own', async () => {
    render(<QueuedCaller />);
    await press('Month 1 down');
    expect(screen.getByRole('columnheader', { name: 'Month 1' })).toHaveAttribute('aria-sort', 'descending');
    await userEvent.click(screen.getByRole('button', { name: /^Area/ }));
    expect(areaSort()).toBe('ascending');
    // The caller would not take it: it answers with another sort of its own.
    await press('Month 2 down');
    expect(areaSort()).toBeNull();
    expect(screen.getByRole('columnheader', { name: 'Month 2' })).toHaveAttribute('aria-sort', 'descending');
  });

  it('drops a click its caller silently discards, drawing the table again with the sort it had', async () => {
    render(<QueuedCaller discard />);
    await userEvent.click(screen.getByRole('button', { name: /^Area/ }));
    expect(areaSort()).toBeNull();
    expect(areas()).toEqual(['Kilo', 'Alpha', 'Mike', 'Echo']);
  });

  it('never shows a click its caller refuses outright', async () => {
    render(<QueuedCaller refuse />);
    await userEvent.click(screen.getByRole('button', { name: /^Area/ }));
    expect(areaSort()).toBeNull();
    expect(areas()).toEqual(['Kilo', 'Alpha', 'Mike', 'Echo']);
  });
});
