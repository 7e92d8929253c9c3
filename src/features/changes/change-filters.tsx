import type { SnapshotEntry } from '../../data/schema';
import { SelectField } from '../../components/form/select-field';
import type { ViewState } from '../../lib/url-state';
import { CHANGE_KINDS, type ChangeDataset } from './compare';
import { CHANGE_DATASETS, KIND_LABELS } from './labels';
import type { ChangesParams } from './params';
import type { ChangeRow } from './selectors';
import { snapshotBefore } from './snapshots';
import { filtersLabel, NarrowDisclosure } from '../../components/layout/narrow-disclosure';
import { PrintedFilters } from '../../components/layout/printed-filters';

interface Props {
  /** Oldest first. */
  snapshots: readonly SnapshotEntry[];
  fromId: string;
  toId: string;
  /** The snapshot `to` means when the link names none: the one on screen. */
  defaultTo: string;
  /** Every change (or its row): each option counts those it would show. */
  rows: readonly Pick<ChangeRow, 'dataset' | 'kind'>[];
  datasets: Readonly<Record<ChangeDataset, string>>;
  state: ViewState<ChangesParams>;
}

/** Native controls only, so every choice works by keyboard and is announced with its label; each option says how many changes it holds. */
export function ChangeFilters({ snapshots, fromId, toId, defaultTo, rows, datasets, state }: Props) {
  const { params, setParams } = state;
  const count = (test: (r: Pick<ChangeRow, 'dataset' | 'kind'>) => boolean) => rows.filter(test).length;
  const earlier = snapshots.filter((s) => s.id < toId);
  // A phone folds the filters away behind one line saying how many are in force.
  const active = [params.dataset, params.kind].filter((v) => v !== '').length;
  const form = (
    <form
      className="filters"
      aria-label="Choose the snapshots to compare and filter the changes"
      role="search"
      onSubmit={(e) => e.preventDefault()}
    >
      <SelectField
        id="changes-to"
        label="Later snapshot"
        value={toId}
        options={snapshots.map((s) => ({ value: s.id, label: `${s.id}: ${s.title}` }))}
        onChange={(to) => {
          // An earlier snapshot chosen before stays only while it is still earlier.
          const from = params.from !== '' && params.from < to ? params.from : '';
          setParams({ to: to === defaultTo ? '' : to, from: from === snapshotBefore(snapshots, to) ? '' : from });
        }}
      />
      {earlier.length > 0 ? (
        <SelectField
          id="changes-from"
          label="Earlier snapshot"
          value={fromId}
          options={earlier.map((s) => ({ value: s.id, label: `${s.id}: ${s.title}` }))}
          onChange={(from) => setParams({ from: from === snapshotBefore(snapshots, toId) ? '' : from })}
        />
      ) : null}
      <SelectField
        id="changes-dataset"
        label="Dataset"
        value={params.dataset}
        allLabel={`All datasets (${rows.length})`}
        options={CHANGE_DATASETS.map((d) => ({ value: d, label: `${datasets[d]} (${count((r) => r.dataset === d)})` }))}
        onChange={(dataset) => setParams({ dataset })}
      />
      <SelectField
        id="changes-kind"
        label="Kind of change"
        value={params.kind}
        allLabel={`All kinds (${rows.length})`}
        options={CHANGE_KINDS.map((k) => ({ value: k, label: `${KIND_LABELS[k]} (${count((r) => r.kind === k)})` }))}
        onChange={(kind) => setParams({ kind })}
      />
    </form>
  );
  const dataset = CHANGE_DATASETS.find((d) => d === params.dataset);
  const kind = CHANGE_KINDS.find((k) => k === params.kind);
  return (
    <>
      <NarrowDisclosure summary={filtersLabel(active)}>{form}</NarrowDisclosure>
      <PrintedFilters
        filters={[
          { name: 'dataset', value: dataset ? datasets[dataset] : undefined },
          { name: 'kind of change', value: kind ? KIND_LABELS[kind] : undefined },
        ]}
      />
    </>
  );
}
