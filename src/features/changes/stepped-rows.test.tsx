import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { parse } from 'csv-parse/sync';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { SYNTHETIC_PARTNERSHIP } from '../../../test/unit/fixtures';
import type { SortState } from '../../lib/url-state';
import type { TableColumn } from '../../components/data-table/columns';
import { DataTable } from '../../components/data-table/data-table';
import { EMPTY_LOOKUPS, FigureContext } from '../../components/figures/figure-context';
import { PartnershipContext } from '../../components/partnership/partnership-context';
import { FIRST_STEP, STEP, SteppedRows } from './stepped-rows';

const saved = vi.hoisted(() => [] as { content: Blob; fileName: string }[]);
vi.mock('../../lib/download', () => ({
  saveFile: (content: Blob, fileName: string) => saved.push({ content, fileName }),
}));

// SYNTHETIC: 300 made-up changes, more than DataTable draws at once without a row drawer (VIRTUALISE_ABOVE).
interface Row {
  id: string;
  count: number;
}
const ROWS: readonly Row[] = Array.from({ length: 300 }, (_, i) => ({
  id: `Synthetic change ${String(i + 1).padStart(3, '0')}`,
  count: i % 97,
}));
const COLUMNS: readonly TableColumn<Row>[] = [
  { id: 'id', header: 'Change', value: (r) => r.id, rowHeader: true },
  { id: 'count', header: 'Count', value: (r) => r.count, numeric: true },
];
const LOOKUPS = { ...EMPTY_LOOKUPS, snapshot: { id: '2099-07', title: 'Synthetic publication', figuresTo: '2099-06-30' } };

function Table({ rows = ROWS }: { rows?: readonly Row[] }) {
  const [sort, setSort] = useState<SortState | null>(null);
  return (
    <PartnershipContext.Provider value={SYNTHETIC_PARTNERSHIP}>
      <FigureContext.Provider value={LOOKUPS}>
        <DataTable
          caption="Synthetic changes"
          columns={COLUMNS}
          rows={rows}
          rowKey={(r) => r.id}
          sort={sort}
          onSortChange={setSort}
          virtualRows={SteppedRows}
        />
      </FigureContext.Provider>
    </PartnershipContext.Provider>
  );
}

// By selector rather than by role: jsdom works out roles slowly, and the list is read again and again while it is drawn.
const drawnRows = () => [...screen.getByRole('table').querySelectorAll('tbody th[scope="row"]')];

describe('a long list drawn a step at a time', () => {
  it('draws its first rows at once, stating every row, then every row', async () => {
    render(<Table />);
    expect(drawnRows()).toHaveLength(FIRST_STEP);
    expect(screen.getByRole('table')).toHaveAttribute('aria-rowcount', '301');
    expect(drawnRows()[0]?.closest('tr')).toHaveAttribute('aria-rowindex', '2');
    // jsdom draws slowly: a generous wait, not a timing being tested.
    await waitFor(() => expect(drawnRows()).toHaveLength(300), { timeout: 30_000 });
    expect(drawnRows()[299]).toHaveTextContent('Synthetic change 300');
    expect(drawnRows()[299]?.closest('tr')).toHaveAttribute('aria-rowindex', '301');
  }, 40_000);

  it('on a phone, where each row is a card laid out on its own, adds a step of rows at a time', async () => {
    // jsdom has no matchMedia: a phone's screen, stubbed.
    vi.stubGlobal('matchMedia', (query: string) => ({ matches: query.includes('max-width'), media: query }));
    try {
      render(<Table />);
      expect(drawnRows()).toHaveLength(FIRST_STEP);
      await waitFor(() => expect(drawnRows()).toHaveLength(FIRST_STEP + STEP));
      await waitFor(() => expect(drawnRows()).toHaveLength(300), { timeout: 30_000 });
    } finally {
      vi.unstubAllGlobals();
    }
  }, 40_000);

  it('sorts and downloads every row, drawn yet or not', async () => {
    render(<Table />);
    await userEvent.click(screen.getByRole('button', { name: /^Count/ }));
    // Numbers sort largest first: the largest count (96) comes from row 97, beyond the first step.
    expect(within(drawnRows()[0]?.closest('tr') ?? document.body).getByRole('cell')).toHaveTextContent('96');
    await userEvent.click(screen.getByRole('button', { name: /Download CSV/ }));
    const csv = saved.at(-1);
    if (!csv) throw new Error('nothing was saved');
    const records: string[][] = parse(await csv.content.text(), { bom: true });
    expect(records.filter((r) => r.some((cell) => cell.startsWith('Synthetic change')))).toHaveLength(300);
  });

  it('draws every row for print at once', () => {
    render(<Table />);
    act(() => {
      window.dispatchEvent(new Event('beforeprint'));
    });
    expect(drawnRows()).toHaveLength(300);
  });

  it('keeps every row drawn after printing, where a reader deep in the list left it', async () => {
    render(<Table />);
    await waitFor(() => expect(drawnRows()).toHaveLength(300), { timeout: 30_000 });
    const deep = drawnRows()[250];
    act(() => {
      window.dispatchEvent(new Event('beforeprint'));
    });
    act(() => {
      window.dispatchEvent(new Event('afterprint'));
    });
    expect(drawnRows()).toHaveLength(300);
    // The same row, not one drawn again: focus in it and the reader's place are kept.
    expect(deep?.isConnected).toBe(true);
  }, 40_000);

  it('keeps every row drawn when a filter takes the list under the drawing threshold and back', async () => {
    const { rerender } = render(<Table />);
    await waitFor(() => expect(drawnRows()).toHaveLength(300), { timeout: 30_000 });
    const deep = drawnRows()[120];
    rerender(<Table rows={ROWS.slice(0, 150)} />);
    expect(drawnRows()).toHaveLength(150);
    rerender(<Table />);
    expect(drawnRows()).toHaveLength(300);
    expect(deep?.isConnected).toBe(true);
  }, 40_000);

  it('draws a short list whole', () => {
    render(<Table rows={ROWS.slice(0, 150)} />);
    expect(drawnRows()).toHaveLength(150);
  });
});
