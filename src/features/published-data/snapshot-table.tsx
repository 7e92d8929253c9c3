import { useMemo } from 'react';
import type { SnapshotEntry } from '../../data/schema';
import { DataTable } from '../../components/data-table/data-table';
import type { TableColumn } from '../../components/data-table/columns';
import { formatDate } from '../../lib/periods';
import { formatNumber } from '../../lib/format';
import { usePartnership } from '../../components/partnership/partnership-context';

/** What a date the document does not print is shown as, on screen and in the CSV. */
const NOT_STATED = 'not stated';
/** A release of analysts' extracts is not papers for a meeting. */
const NO_MEETING = 'none (a release)';

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
    {
      id: 'meeting',
      header: 'Meeting',
      value: (s) => s.meeting?.date ?? (s.kind === 'release' ? NO_MEETING : NOT_STATED),
      cell: (s) =>
        s.meeting
          ? `${formatDate(s.meeting.date)}${s.meeting.doubt ? ' (as printed, doubtful)' : ''}`
          : s.kind === 'release'
            ? NO_MEETING
            : NOT_STATED,
    },
    {
      id: 'published',
      header: 'Published',
      value: (s) => s.published?.date ?? NOT_STATED,
      cell: (s) => (s.published ? formatDate(s.published.date) : NOT_STATED),
    },
    {
      id: 'figures-to',
      header: 'Main figures to',
      value: (s) => s.figuresTo ?? NOT_STATED,
      cell: (s) => (s.figuresTo ? formatDate(s.figuresTo) : NOT_STATED),
    },
    { id: 'figures', header: 'Figures', numeric: true, value: (s) => s.figureCount, cell: (s) => formatNumber(s.figureCount) },
    {
      id: 'documents',
      header: 'Source documents',
      numeric: true,
      value: (s) => s.sources.filter((x) => x.kind === 'document').length,
    },
    {
      id: 'extracts',
      header: "Analysts' extracts",
      numeric: true,
      value: (s) => s.sources.filter((x) => x.kind === 'extract').length,
    },
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
