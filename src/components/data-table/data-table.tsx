import { useId, useMemo } from 'react';
import {
  createSortedRowModel,
  rowSortingFeature,
  sortFn_alphanumeric,
  sortFn_basic,
  tableFeatures,
  useTable,
  type ColumnDef,
  type RowData,
  type SortingState,
} from '@tanstack/react-table';
import { isSortable, type TableColumn } from './columns';
import type { SortState } from '../../lib/url-state';
import { SortButton } from './sort-button';
import { TableRow } from './table-row';
import { tableCsv, type CsvContext } from './table-csv';
import { areaLabel, documentAddress, sourcePlace, useFigureLookups } from '../figures/figure-context';
import { usePartnership } from '../partnership/partnership-context';
import { slug } from '../../lib/csv';
import { saveFile } from '../../lib/download';
import { PartEmbedButton, usePartTarget } from '../layout/part-embed';
import { useOverflows } from './use-overflows';
import { useClickedSort } from './use-clicked-sort';
import { usePrinting, VIRTUALISE_ABOVE, type VirtualRowsComponent } from './virtual-print';
import { useDocumentMode } from '../layout/document-mode';
import './data-table.css';

const features = tableFeatures({
  rowSortingFeature,
  sortedRowModel: createSortedRowModel(),
  sortFns: { alphanumeric: sortFn_alphanumeric, basic: sortFn_basic },
});

interface Props<Row extends RowData> {
  caption: string;
  columns: readonly TableColumn<Row>[];
  /** Must be a stable reference (memoised by the caller). */
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  /** Controlled sort, usually from the URL; null for the rows' own order. */
  sort: SortState | null;
  /** Returns false where the caller will not take the sort, which the table then never shows. */
  onSortChange?: (sort: SortState | null) => unknown;
  /** Shown instead of an empty body. */
  empty?: string;
  /** The download's file name without `.csv`; by default the partnership's id and the caption. */
  fileName?: string;
  /** Columns that make the CSV stand on its own, such as the period when the table covers one. */
  csvContext?: readonly CsvContext[];
  /** The table's id on its page, for embedding it alone (`part=`); defaults to the caption's slug. */
  partId?: string;
  /** Put the download after the table, where the table must start high on the page (the overview). */
  actionsAfter?: boolean;
  /**
   * Draws only the rows near the screen when there are more than
   * VIRTUALISE_ABOVE: pass virtual-rows.tsx's component. Given by the views
   * with long tables, so TanStack Virtual stays off pages that have none.
   */
  virtualRows?: VirtualRowsComponent;
}

function toSorting(sort: SortState | null): SortingState {
  return sort ? [{ id: sort.column, desc: sort.descending }] : [];
}

/**
 * GOV.UK table pattern on TanStack's sorting: a caption, column headers with
 * scope, a row header, numbers right-aligned, and sort state owned by the
 * caller so it can live in the URL.
 */
export function DataTable<Row extends RowData>(props: Props<Row>) {
  const {
    caption,
    columns,
    rows,
    rowKey,
    sort,
    onSortChange: onSortChangeProp,
    empty,
    fileName,
    csvContext = [],
    partId,
    actionsAfter = false,
    virtualRows: VirtualRows,
  } = props;
  // On paper a table is read as it stands: no sort buttons, downloads or embeds.
  const documentMode = useDocumentMode();
  const onSortChange = documentMode ? undefined : onSortChangeProp;
  const part = partId ?? slug(caption);
  const target = usePartTarget(part);
  const lookups = useFigureLookups();
  const partnershipId = usePartnership().partnership.id;
  const tableColumns = useMemo(() => {
    return columns.map((c): ColumnDef<typeof features, Row> => ({
      id: c.id,
      accessorFn: (row: Row) => c.value(row) ?? undefined,
      header: c.header,
      enableSorting: isSortable(c) && onSortChange !== undefined,
      sortFn: c.numeric ? 'basic' : 'alphanumeric',
      sortUndefined: 'last',
    }));
  }, [columns, onSortChange]);
  // A click's sort is drawn at once, before the caller's state (often the URL, read by a whole view that may
  // redraw in the background) comes back with it (use-clicked-sort.ts).
  // The props object tells it when the caller has drawn the table again (and so answered).
  const [shownSort, clicked] = useClickedSort(sort, props);
  const sorting = useMemo(() => toSorting(shownSort), [shownSort]);
  const data = rows as Row[];
  const table = useTable({
    features,
    columns: tableColumns,
    data,
    getRowId: (row: Row) => rowKey(row),
    state: { sorting },
    onSortingChange: (updater) => {
      const next = typeof updater === 'function' ? updater(sorting) : updater;
      const first = next[0];
      const chosen = first ? { column: first.id, descending: first.desc } : null;
      if (onSortChange?.(chosen) !== false) clicked(chosen);
    },
    enableSortingRemoval: true,
  });
  const shownColumns = useMemo(() => columns.filter((c) => !c.hidden), [columns]);
  const rowModel = table.getRowModel().rows;
  const printing = usePrinting();
  // The row drawer, where given, stays mounted however many rows there are and while printing (told to draw
  // them all): swapping it for a plain list and back would start a drawer that builds up its rows over again.
  const Drawer = documentMode ? undefined : VirtualRows;
  const virtual = Drawer !== undefined && !printing && rowModel.length > VIRTUALISE_ABOVE;
  const [scrollRef, overflows] = useOverflows<HTMLDivElement>();
  const hintId = useId();

  const download = () => {
    const context: CsvContext[] = [
      { header: 'Snapshot', value: lookups.snapshot.id },
      // The last day the snapshot's main figures cover, as printed; never a guessed date.
      { header: 'Main figures to', value: lookups.snapshot.figuresTo ?? 'not stated' },
      ...csvContext,
    ];
    const csv = tableCsv(
      columns,
      rowModel.map((r) => r.original),
      context,
      {
        area: (f) => areaLabel(lookups, f.areaType, f.areaCode),
        source: (f) => {
          const first = f.printings[0];
          if (!first) return '';
          // Where the document is online, the file says where, so a reader of the CSV can check the value.
          const address = documentAddress(lookups, first.source);
          return `${sourcePlace(lookups, first.source)}${address === null ? '' : ` (${address})`}`;
        },
      },
    );
    const name = `${fileName ?? `${partnershipId}-${slug(caption)}`}${lookups.snapshot.id ? `-${lookups.snapshot.id}` : ''}.csv`;
    saveFile(new Blob([csv], { type: 'text/csv;charset=utf-8' }), name);
  };

  const actions = (
    <div className="table-actions">
      <button type="button" className="button-secondary" onClick={download}>
        Download CSV<span className="visually-hidden">: {caption}</span>
      </button>
      <PartEmbedButton partId={part} title={caption} what="table" />
      <span className="file-meta">
        {rowModel.length} {rowModel.length === 1 ? 'row' : 'rows'}, as shown
      </span>
    </div>
  );

  return (
    <div className="data-table-block" data-part-id={part} {...target}>
      {actionsAfter || documentMode ? null : actions}
      {overflows ? (
        <p className="scroll-hint" id={hintId}>
          Scroll sideways for more columns <span aria-hidden="true">→</span>
        </p>
      ) : null}
      <div
        ref={scrollRef}
        className={overflows ? 'table-scroll table-scroll--overflows' : 'table-scroll'}
        role="region"
        aria-label={caption}
        aria-describedby={overflows ? hintId : undefined}
        tabIndex={0}
      >
        <table className="data-table" aria-rowcount={virtual ? rowModel.length + 1 : undefined}>
          <caption>{caption}</caption>
          <thead>
            <tr>
              {shownColumns.map((c) => {
                const column = table.getColumn(c.id);
                const direction = column?.getIsSorted();
                return (
                  <th
                    key={c.id}
                    scope="col"
                    className={c.numeric ? 'numeric' : undefined}
                    aria-sort={direction === 'asc' ? 'ascending' : direction === 'desc' ? 'descending' : undefined}
                  >
                    {column?.getCanSort() ? (
                      <SortButton label={c.header} direction={direction || null} onClick={column.getToggleSortingHandler()} />
                    ) : (
                      c.header
                    )}
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {rowModel.length === 0 ? (
              <tr>
                <td colSpan={shownColumns.length}>{empty ?? 'No rows match.'}</td>
              </tr>
            ) : null}
            {Drawer ? (
              <Drawer
                all={!virtual}
                count={rowModel.length}
                columnCount={shownColumns.length}
                renderRow={(index, measure) => {
                  const row = rowModel[index];
                  if (!row) return null;
                  // Index and measuring only while virtualised: drawn whole, the rows are the table's own.
                  return virtual ? (
                    <TableRow key={row.id} row={row.original} columns={shownColumns} index={index} measure={measure} />
                  ) : (
                    <TableRow key={row.id} row={row.original} columns={shownColumns} />
                  );
                }}
              />
            ) : (
              rowModel.map((row) => <TableRow key={row.id} row={row.original} columns={shownColumns} />)
            )}
          </tbody>
        </table>
      </div>
      {actionsAfter && !documentMode ? actions : null}
    </div>
  );
}
