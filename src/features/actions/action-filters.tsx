import type { ReactNode } from 'react';
import { NOT_RECORDED } from '../../data/schema';
import { SelectField } from '../../components/form/select-field';
import type { ViewState } from '../../lib/url-state';
import type { ACTIONS_PARAMS } from './params';
import { meetingLabel, NO_MEETING, ownerLabel, TYPE_LABELS, type ActionFilter, type FilterOptions, type People } from './selectors';
import { filtersLabel, NarrowDisclosure } from '../../components/layout/narrow-disclosure';

interface Props {
  options: FilterOptions;
  /** The filter in force: URL values this snapshot does not offer are already dropped. */
  filter: ActionFilter;
  people: People;
  state: ViewState<typeof ACTIONS_PARAMS>;
  /** A note on the filters shown inside their fold, above the controls. */
  note?: ReactNode;
}

/** Native controls only, so every filter works by keyboard and is announced with its label. */
export function ActionFilters({ options, filter, people, state, note = null }: Props) {
  const { setParams } = state;
  const plain = (values: readonly string[]) => values.map((v) => ({ value: v, label: v }));
  // A phone folds the filters away behind one line saying how many are in force.
  const active = Object.values(filter).filter((v) => v !== '').length;
  const form = (
    <form className="filters" aria-label="Filter the actions and recommendations" role="search" onSubmit={(e) => e.preventDefault()}>
      <div className="field actions-search">
        <label htmlFor="actions-q">Search the text, item, owners and update</label>
        <span className="field-hint" id="actions-q-hint">
          A person is found by any spelling or title the documents print for them.
        </span>
        {/* Typing replaces the history entry, so Back leaves the page rather than undoing each letter. */}
        <input
          id="actions-q"
          type="search"
          aria-describedby="actions-q-hint"
          value={state.params.q}
          onChange={(e) => setParams({ q: e.target.value }, { replace: true })}
        />
      </div>
      <SelectField
        id="actions-type"
        label="Type"
        value={filter.type}
        allLabel="All types"
        options={options.types.map((t) => ({ value: t, label: TYPE_LABELS[t] }))}
        onChange={(type) => setParams({ type })}
      />
      <SelectField
        id="actions-meeting"
        label="Meeting"
        value={filter.meeting}
        allLabel="All meetings"
        options={options.meetings.map((m) => ({ value: m, label: m === NO_MEETING ? 'Meeting not recorded' : meetingLabel(m) }))}
        onChange={(meeting) => setParams({ meeting })}
      />
      <SelectField
        id="actions-owner"
        label="Owner"
        value={filter.owner}
        allLabel="All owners"
        options={options.owners.map((o) => ({ value: o, label: o === NOT_RECORDED ? 'Owner not recorded' : ownerLabel(o, people) }))}
        onChange={(owner) => setParams({ owner })}
      />
      <SelectField
        id="actions-status"
        label="Status"
        value={filter.status}
        allLabel="All statuses"
        options={plain(options.statuses)}
        onChange={(status) => setParams({ status })}
      />
      {options.priorities.length > 0 ? (
        <SelectField
          id="actions-priority"
          label="Priority"
          value={filter.priority}
          allLabel="All priorities"
          options={plain(options.priorities)}
          onChange={(priority) => setParams({ priority })}
        />
      ) : null}
    </form>
  );
  return (
    <NarrowDisclosure summary={filtersLabel(active)}>
      {note}
      {form}
    </NarrowDisclosure>
  );
}
