import { useState, type ReactElement } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { render, screen, within, type RenderResult } from '@testing-library/react';
import { SYNTHETIC_PARTNERSHIP } from '../../../test/unit/fixtures';
import { PartnershipContext } from '../partnership/partnership-context';
import userEvent from '@testing-library/user-event';
import { parse } from 'csv-parse/sync';
import type { SortState } from '../../lib/url-state';
import type { Figure } from '../../data/schema';
import { EMPTY_LOOKUPS, FigureContext } from '../figures/figure-context';
import { sortableColumnIds, type TableColumn } from './columns';
import { DataTable } from './data-table';
import { DocumentModeContext } from '../layout/document-mode';

/** Renders under the SYNTHETIC partnership's profile, which names downloads and export sources. */
function renderForPartnership(ui: ReactElement): RenderResult {
  return render(<PartnershipContext.Provider value={SYNTHETIC_PARTNERSHIP}>{ui}</PartnershipContext.Provider>);
}

const saved = vi.hoisted(() => {
  const files: { content: Blob; fileName: string }[] = [];
  return files;
});
vi.mock('../../lib/download', () => ({
  saveFile: (content: Blob, fileName: string) => saved.push({ content, fileName }),
}));

// SYNTHETIC rows: made-up places and counts.
interface Row {
  place: string;
  count: number | null;
  note: string;
  code: string;
}

const ROWS: readonly Row[] = [
  { place: 'Bravo', count: 20, note: 'second', code: 'B-2' },
  { place: 'Alpha', count: 5, note: '=1+1', code: 'A-1' },
  { place: 'Charlie', count: null, note: 'none, "quoted"', code: 'C-3' },
  { place: 'Delta', count: 12, note: 'fourth', code: 'D-4' },
];

const COLUMNS: readonly TableColumn<Row>[] = [
  { id: 'place', header: 'Place', value: (r) => r.place, rowHeader: true },
  {
    id: 'count',
    header: 'Count',
    value: (r) => r.count,
    numeric: true,
    cell: (r) => (r.count === null ? 'not published' : String(r.count)),
  },
  { id: 'note', header: 'Note', value: (r) => r.note, sortable: false },
  { id: 'code', header: 'Code', value: (r) => r.code, hidden: true },
];

const LOOKUPS = { ...EMPTY_LOOKUPS, snapshot: { id: '2099-07', title: 'Synthetic publication', figuresTo: '2099-06-30' } };

/** The table under a parent that keeps its sort, as the views keep theirs in the URL. */
function Sorted({
  rows = ROWS,
  initial = null,
  onSortChange,
}: {
  rows?: readonly Row[];
  initial?: SortState | null;
  onSortChange: (s: SortState | null) => void;
}) {
  const [sort, setSort] = useState<SortState | null>(initial);
  return (
    <FigureContext.Provider value={LOOKUPS}>
      <DataTable
        caption="Synthetic counts by place"
        columns={COLUMNS}
        rows={rows}
        rowKey={(r) => r.place}
        sort={sort}
        onSortChange={(s) => {
          onSortChange(s);
          setSort(s);
        }}
        csvContext={[{ header: 'Period', value: 'Synthetic year' }]}
      />
    </FigureContext.Provider>
  );
}

function places(): string[] {
  return screen.getAllByRole('rowheader').map((h) => h.textContent ?? '');
}

function header(name: string): HTMLElement {
  return screen.getByRole('columnheader', { name: new RegExp(`^${name}`) });
}

async function downloadedCsv(): Promise<{ fileName: string; records: string[][] }> {
  await userEvent.click(screen.getByRole('button', { name: /Download CSV/ }));
  const last = saved[saved.length - 1];
  if (!last) throw new Error('nothing was saved');
  const records: string[][] = parse(await last.content.text(), { bom: true, relax_column_count: false });
  return { fileName: last.fileName, records };
}

describe('the data table', () => {
  beforeEach(() => {
    saved.length = 0;
  });

  it('has a caption, column headers and row headers, and draws no hidden column', () => {
    renderForPartnership(<Sorted onSortChange={() => undefined} />);
    const table = screen.getByRole('table', { name: 'Synthetic counts by place' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent?.replace(/[▲▼↕]/g, '').trim()),
    ).toEqual(['Place', 'Count', 'Note']);
    expect(places()).toEqual(['Bravo', 'Alpha', 'Charlie', 'Delta']);
    expect(screen.queryByText('A-1')).not.toBeInTheDocument();
    expect(screen.getByText('4 rows, as shown')).toBeInTheDocument();
  });

  it('draws a sort button on exactly the sortable columns', () => {
    renderForPartnership(<Sorted onSortChange={() => undefined} />);
    const withButtons = screen
      .getAllByRole('columnheader')
      .filter((h) => within(h).queryByRole('button') !== null)
      .map((h) => h.textContent?.replace(/[▲▼↕]/g, '').trim());
    expect(withButtons).toEqual(['Place', 'Count']);
    expect(sortableColumnIds(COLUMNS)).toEqual(['place', 'count']);
  });

  it('draws no sort buttons when its caller keeps no sort', () => {
    renderForPartnership(<DataTable caption="Unsorted" columns={COLUMNS} rows={ROWS} rowKey={(r) => r.place} sort={null} />);
    expect(screen.queryAllByRole('button', { name: /^(Place|Count)/ })).toEqual([]);
  });

  it('sorts text A to Z on the first click and Z to A on the second, saying so with aria-sort', async () => {
    const onSortChange = vi.fn();
    renderForPartnership(<Sorted onSortChange={onSortChange} />);
    expect(header('Place')).not.toHaveAttribute('aria-sort');
    await userEvent.click(screen.getByRole('button', { name: /^Place/ }));
    expect(onSortChange).toHaveBeenLastCalledWith({ column: 'place', descending: false });
    expect(header('Place')).toHaveAttribute('aria-sort', 'ascending');
    expect(places()).toEqual(['Alpha', 'Bravo', 'Charlie', 'Delta']);
    await userEvent.click(screen.getByRole('button', { name: /^Place/ }));
    expect(onSortChange).toHaveBeenLastCalledWith({ column: 'place', descending: true });
    expect(header('Place')).toHaveAttribute('aria-sort', 'descending');
    expect(places()).toEqual(['Delta', 'Charlie', 'Bravo', 'Alpha']);
  });

  it('sorts numbers largest first on the first click, with a missing value last either way, and a third click unsorts', async () => {
    const onSortChange = vi.fn();
    renderForPartnership(<Sorted onSortChange={onSortChange} />);
    const count = () => screen.getByRole('button', { name: /^Count/ });
    await userEvent.click(count());
    expect(onSortChange).toHaveBeenLastCalledWith({ column: 'count', descending: true });
    expect(places()).toEqual(['Bravo', 'Delta', 'Alpha', 'Charlie']);
    expect(header('Count')).toHaveAttribute('aria-sort', 'descending');
    await userEvent.click(count());
    expect(onSortChange).toHaveBeenLastCalledWith({ column: 'count', descending: false });
    expect(places()).toEqual(['Alpha', 'Delta', 'Bravo', 'Charlie']);
    await userEvent.click(count());
    expect(onSortChange).toHaveBeenLastCalledWith(null);
    expect(header('Count')).not.toHaveAttribute('aria-sort');
    expect(places()).toEqual(['Bravo', 'Alpha', 'Charlie', 'Delta']);
  });

  it('follows the sort it is given, as from a link', () => {
    renderForPartnership(<Sorted initial={{ column: 'place', descending: true }} onSortChange={() => undefined} />);
    expect(places()).toEqual(['Delta', 'Charlie', 'Bravo', 'Alpha']);
    expect(header('Place')).toHaveAttribute('aria-sort', 'descending');
    expect(header('Count')).not.toHaveAttribute('aria-sort');
  });

  it('downloads exactly the rows shown, in the order shown, with the context columns first', async () => {
    const shown = ROWS.filter((r) => r.place !== 'Delta');
    renderForPartnership(<Sorted rows={shown} initial={{ column: 'count', descending: true }} onSortChange={() => undefined} />);
    expect(places()).toEqual(['Bravo', 'Alpha', 'Charlie']);
    const { fileName, records } = await downloadedCsv();
    expect(fileName).toBe('synthetic-vale-synthetic-counts-by-place-2099-07.csv');
    expect(records).toEqual([
      ['Snapshot', 'Main figures to', 'Period', 'Place', 'Count', 'Note', 'Code'],
      ['2099-07', '2099-06-30', 'Synthetic year', 'Bravo', '20', 'second', 'B-2'],
      // A formula-like text cell is neutralised; the table shows it as it is.
      ['2099-07', '2099-06-30', 'Synthetic year', 'Alpha', '5', "'=1+1", 'A-1'],
      ['2099-07', '2099-06-30', 'Synthetic year', 'Charlie', '', 'none, "quoted"', 'C-3'],
    ]);
    expect(screen.getByText('=1+1')).toBeInTheDocument();
  });

  it('downloads the new order after a sort', async () => {
    renderForPartnership(<Sorted onSortChange={() => undefined} />);
    await userEvent.click(screen.getByRole('button', { name: /^Place/ }));
    await userEvent.click(screen.getByRole('button', { name: /^Place/ }));
    const { records } = await downloadedCsv();
    expect(records.slice(1).map((r) => r[3])).toEqual(['Delta', 'Charlie', 'Bravo', 'Alpha']);
  });

  it('says so when no rows match, and downloads only the header', async () => {
    renderForPartnership(
      <FigureContext.Provider value={LOOKUPS}>
        <DataTable
          caption="Synthetic counts"
          columns={COLUMNS}
          rows={[]}
          rowKey={(r) => r.place}
          sort={null}
          empty="Nothing published here."
        />
      </FigureContext.Provider>,
    );
    const table = screen.getByRole('table', { name: 'Synthetic counts' });
    expect(within(table).getByRole('cell', { name: 'Nothing published here.' })).toHaveAttribute('colspan', '3');
    expect(screen.getByText('0 rows, as shown')).toBeInTheDocument();
    const { records } = await downloadedCsv();
    expect(records).toEqual([['Snapshot', 'Main figures to', 'Place', 'Count', 'Note', 'Code']]);
  });

  it('gives every figure its unit and source, one area as a context column, and spells a movement out', async () => {
    // SYNTHETIC figures: a count, a % change and a movement for one made-up area.
    const figure = (id: string, statistic: Figure['statistic'], value: number, unit: string, line: number): Figure => ({
      id,
      areaType: 'csp',
      areaCode: 'vale',
      measure: 'synthetic-crime',
      statistic,
      period: 'fy2098-99',
      comparison: null,
      value,
      unit,
      printings: [{ printed: String(value), source: { kind: 'document', document: 'synthetic.txt', ref: 'Table 2', line } }],
      preferred: true,
      noteIds: [],
      remark: null,
    });
    interface FigureRow {
      name: string;
      count: Figure;
      change: Figure;
      movement: Figure;
    }
    const rows: FigureRow[] = [
      {
        name: 'Synthetic crime',
        count: figure('a', 'count', 12, 'crimes', 40),
        change: figure('b', 'percent-change', -10, 'percent', 41),
        movement: figure('c', 'movement', -1, 'direction', 42),
      },
    ];
    const columns: TableColumn<FigureRow>[] = [
      { id: 'name', header: 'Crime type', value: (r) => r.name, rowHeader: true },
      { id: 'count', header: 'Count', value: (r) => r.count.value, figure: (r) => r.count, numeric: true },
      { id: 'change', header: '% change', value: (r) => r.change.value, figure: (r) => r.change, numeric: true },
      { id: 'movement', header: 'Movement', value: (r) => r.movement.value, figure: (r) => r.movement },
    ];
    const lookups = {
      ...LOOKUPS,
      areas: new Map([['csp|vale', 'Synthetic Vale']]),
      documents: new Map([['synthetic.txt', 'Synthetic pack, July 2099']]),
    };
    renderForPartnership(
      <FigureContext.Provider value={lookups}>
        <DataTable caption="Synthetic figures" columns={columns} rows={rows} rowKey={(r) => r.name} sort={null} />
      </FigureContext.Provider>,
    );
    const { records } = await downloadedCsv();
    expect(records).toEqual([
      [
        'Snapshot',
        'Main figures to',
        'Area',
        'Crime type',
        'Count',
        'Count unit',
        'Count source',
        '% change',
        '% change unit',
        '% change source',
        'Movement',
        'Movement unit',
        'Movement source',
      ],
      [
        '2099-07',
        '2099-06-30',
        'Synthetic Vale',
        'Synthetic crime',
        '12',
        'crimes',
        'Synthetic pack, July 2099, Table 2, line 40',
        '-10',
        'percent change',
        'Synthetic pack, July 2099, Table 2, line 41',
        'down',
        'direction of movement (up, no change or down)',
        'Synthetic pack, July 2099, Table 2, line 42',
      ],
    ]);
  });
});

describe('the data table in a document for paper (the meeting pack)', () => {
  it('keeps every row and column but offers no sort, download or embed', () => {
    renderForPartnership(
      <DocumentModeContext.Provider value={true}>
        <Sorted onSortChange={() => undefined} />
      </DocumentModeContext.Provider>,
    );
    expect(screen.getByRole('table', { name: 'Synthetic counts by place' })).toBeInTheDocument();
    expect(places()).toHaveLength(ROWS.length);
    expect(screen.queryAllByRole('button')).toEqual([]);
  });
});
