import { useMemo } from 'react';
import type { SnapshotEntry } from '../../data/schema';
import { DataTable } from '../../components/data-table/data-table';
import type { TableColumn } from '../../components/data-table/columns';
import { formatDate } from '../../lib/periods';
import { formatNumber } from '../../lib/format';
import { usePartnership } from '../../components/partnership/partnership-context';

interface Props {
  snapshots: SnapshotEntry[];
  defaultId: string;
}

function columnsFor(defaultId: string): TableColumn<SnapshotEntry>[] {
  return [
    {
      id: 'snapshot',
      header: 'Snapshot',
      value: (s) => s.title,
      rowHeader: true,
      cell: (s) => (
        <>
          {s.title}
          {s.id === defaultId ? <span className="tag">Default</span> : null}
        </>
      ),
    },
    { id: 'id', header: 'Id', value: (s) => s.id },
    { id: 'as-at', header: 'Data as at', value: (s) => s.asAt, cell: (s) => formatDate(s.asAt) },
    { id: 'published', header: 'Published', value: (s) => s.published, cell: (s) => formatDate(s.published) },
    { id: 'figures', header: 'Figures', numeric: true, value: (s) => s.figureCount, cell: (s) => formatNumber(s.figureCount) },
    { id: 'documents', header: 'Source documents', numeric: true, value: (s) => s.sourceDocuments.length },
  ];
}

export function SnapshotTable({ snapshots, defaultId }: Props) {
  const columns = useMemo(() => columnsFor(defaultId), [defaultId]);
  const { id } = usePartnership().partnership;
  return (
    <DataTable
      caption="Snapshots of the published figures, newest first"
      columns={columns}
      rows={snapshots}
      rowKey={(s) => s.id}
      sort={null}
      fileName={`${id}-snapshots`}
    />
  );
}
