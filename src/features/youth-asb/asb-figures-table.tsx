import { useMemo } from 'react';
import type { Figure } from '../../data/schema';
import { DataTable } from '../../components/data-table/data-table';
import { withContext } from '../../components/data-table/columns';
import { useFigureLookups } from '../../components/figures/figure-context';
import type { SortState } from '../../lib/url-state';
import { ASB_FIGURE_COLUMNS } from './asb-figure-columns';

interface Props {
  caption: string;
  figures: readonly Figure[];
  /** This section's own sort, so sorting one section's table leaves the others as they are. */
  sort: SortState | null;
  onSortChange: (sort: SortState | null) => void;
}

export function AsbFiguresTable({ caption, figures, sort, onSortChange }: Props) {
  const lookups = useFigureLookups();
  const columns = useMemo(() => withContext(ASB_FIGURE_COLUMNS, lookups), [lookups]);
  return (
    <DataTable
      caption={caption}
      columns={columns}
      rows={figures}
      rowKey={(f) => f.id}
      sort={sort}
      onSortChange={onSortChange}
      empty="No figures in this section for the chosen period."
    />
  );
}
