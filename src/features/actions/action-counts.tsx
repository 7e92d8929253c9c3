import { DataTable } from '../../components/data-table/data-table';
import type { TableColumn } from '../../components/data-table/columns';
import type { Count } from './selectors';

interface Props {
  byStatus: readonly Count[];
  byOwner: readonly Count[];
}

const statusColumns: readonly TableColumn<Count>[] = [
  { id: 'label', header: 'Status', value: (c) => c.label, rowHeader: true },
  { id: 'count', header: 'Rows', value: (c) => c.count, numeric: true },
];

const ownerColumns: readonly TableColumn<Count>[] = [
  { id: 'label', header: 'Owner', value: (c) => c.label, rowHeader: true },
  { id: 'count', header: 'Rows', value: (c) => c.count, numeric: true },
];

/** Counted by the dashboard from the rows the filters keep; not figures the documents publish. */
export function ActionCounts({ byStatus, byOwner }: Props) {
  return (
    <section aria-labelledby="actions-counts">
      <h2 id="actions-counts">Counts of the rows shown</h2>
      <p>
        Counted by this dashboard from the rows the filters above keep. An action shared by several owners counts once for each of them.
      </p>
      <div className="actions-counts">
        <DataTable caption="Rows by status, as recorded" columns={statusColumns} rows={byStatus} rowKey={(c) => c.label} sort={null} />
        <DataTable caption="Rows by owner" columns={ownerColumns} rows={byOwner} rowKey={(c) => c.label} sort={null} />
      </div>
    </section>
  );
}
