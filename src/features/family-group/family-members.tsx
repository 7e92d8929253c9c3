import { useMemo } from 'react';
import { DataTable } from '../../components/data-table/data-table';
import { withContext } from '../../components/data-table/columns';
import { useFigureLookups } from '../../components/figures/figure-context';
import { usePartnership } from '../../components/partnership/partnership-context';
import type { ViewState } from '../../lib/url-state';
import type { FAMILY_PARAMS } from './params';
import { MEMBER_COLUMNS, type Member } from './member-columns';

interface Props {
  members: readonly Member[];
  state: ViewState<typeof FAMILY_PARAMS>;
}

export function FamilyMembers({ members, state }: Props) {
  const lookups = useFigureLookups();
  const { shortName } = usePartnership().partnership;
  const columns = useMemo(() => withContext(MEMBER_COLUMNS, lookups), [lookups]);
  return (
    <section aria-labelledby="family-members">
      <h2 id="family-members">The other members of the family group</h2>
      {members.length === 0 ? (
        <p>The documents in this snapshot do not list the other members of the family group.</p>
      ) : (
        <>
          <p>
            The documents list these {members.length} partnerships, with the police force each is in, as the other members of {shortName}
            &rsquo;s family group. Every name is shown as printed in each document; a spelling that differs from the usual name is marked.
          </p>
          <DataTable
            caption={`The other ${members.length} members of ${shortName}'s Most Similar Family Group`}
            columns={columns}
            rows={members}
            rowKey={(m) => `${m.force}|${m.member}`}
            sort={state.params['sort.members']}
            onSortChange={(sort) => state.setParams({ 'sort.members': sort })}
          />
        </>
      )}
    </section>
  );
}
