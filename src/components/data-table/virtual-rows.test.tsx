import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { parse } from 'csv-parse/sync';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { SYNTHETIC_PARTNERSHIP } from '../../../test/unit/fixtures';
import type { SortState } from '../../lib/url-state';
import { EMPTY_LOOKUPS, FigureContext } from '../figures/figure-context';
import { PartnershipContext } from '../partnership/partnership-context';
import type { TableColumn } from './columns';
import { DataTable } from './data-table';
import { VirtualRows } from './virtual-rows';

const saved = vi.hoisted(() => [] as { content: Blob; fileName: string }[]);
vi.mock('../../lib/download', () => ({
  saveFile: (content: Blob, fileName: string) => saved.push({ content, fileName }),
}));

// SYNTHETIC: 5,000 made-up actions, as a force-wide log holds.
interface Row {
  id: string;
  count: number;
}
const ROWS: readonly Row[] = Array.from({ length: 5000 }, (_, i) => ({
  id: `Synthetic action ${String(i + 1).padStart(4, '0')}`,
  count: i % 97,
}));
const COLUMNS: readonly TableColumn<Row>[] = [
  { id: 'id', header: 'Action', value: (r) => r.id, rowHeader: true },
  { id: 'count', header: 'Count', value: (r) => r.count, numeric: true },
];
const LOOKUPS = { ...EMPTY_LOOKUPS, snapshot: { id: '2099-07', title: 'Synthetic publication', figuresTo: '2099-06-30' } };

function Table({ rows = ROWS, virtualise = true }: { rows?: readonly Row[]; virtualise?: boolean }) {
  const [sort, setSort] = useState<SortState | null>(null);
  return (
    <PartnershipContext.Provider value={SYNTHETIC_PARTNERSHIP}>
      <FigureContext.Provider value={LOOKUPS}>
        <DataTable
          caption="Synthetic actions"
          columns={COLUMNS}
          rows={rows}
          rowKey={(r) => r.id}
          sort={sort}
          onSortChange={setSort}
          virtualRows={virtualise ? VirtualRows : undefined}
        />
      </FigureContext.Provider>
    </PartnershipContext.Provider>
  );
}

const drawnRows = () => within(screen.getByRole('table')).getAllByRole('rowheader');

describe('a virtualised table', () => {
  it('draws only a window of a long table, stating every row for screen readers', () => {
    render(<Table />);
    const drawn = drawnRows();
    expect(drawn.length).toBeGreaterThan(5);
    expect(drawn.length).toBeLessThan(100);
    expect(screen.getByRole('table')).toHaveAttribute('aria-rowcount', '5001');
    expect(drawn[0]?.closest('tr')).toHaveAttribute('aria-rowindex', '2');
    expect(drawn[0]).toHaveTextContent('Synthetic action 0001');
  });

  it('sorts every row, not only those drawn', async () => {
    render(<Table />);
    await userEvent.click(screen.getByRole('button', { name: /^Count/ }));
    // Numbers sort largest first: the largest count (96) first, from rows far beyond the first window.
    expect(within(drawnRows()[0]?.closest('tr') ?? document.body).getByRole('cell')).toHaveTextContent('96');
  });

  it('downloads every row as CSV', async () => {
    render(<Table />);
    await userEvent.click(screen.getByRole('button', { name: /Download CSV/ }));
    const csv = saved.at(-1);
    if (!csv) throw new Error('nothing was saved');
    const records: string[][] = parse(await csv.content.text(), { bom: true });
    expect(records.filter((r) => r.some((cell) => cell.startsWith('Synthetic action')))).toHaveLength(5000);
  });

  it('draws every row for print', () => {
    render(<Table rows={ROWS.slice(0, 250)} />);
    act(() => {
      window.dispatchEvent(new Event('beforeprint'));
    });
    expect(drawnRows()).toHaveLength(250);
    expect(screen.getByRole('table')).not.toHaveAttribute('aria-rowcount');
    // Printed, it draws only a window again.
    act(() => {
      window.dispatchEvent(new Event('afterprint'));
    });
    expect(drawnRows().length).toBeLessThan(100);
    expect(screen.getByRole('table')).toHaveAttribute('aria-rowcount', '251');
  });

  it('draws a short table whole', () => {
    render(<Table rows={ROWS.slice(0, 150)} />);
    expect(drawnRows()).toHaveLength(150);
  });
});
