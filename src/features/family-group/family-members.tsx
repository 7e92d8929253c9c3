import { useMemo } from 'react';
import type { DatasetFile } from '../../data/schema';
import { DataTable } from '../../components/data-table/data-table';
import type { TableColumn } from '../../components/data-table/columns';
import { useFigureLookups, type FigureLookups } from '../../components/figures/figure-context';
import { usePartnership } from '../../components/partnership/partnership-context';
import type { ViewState } from '../../lib/url-state';
import type { FAMILY_PARAMS } from './params';
import { memberSpellings } from './selectors';

type Member = DatasetFile<'family-group'>['members'][number];

interface Props {
  members: readonly Member[];
  state: ViewState<typeof FAMILY_PARAMS>;
}

function columnsFor(lookups: FigureLookups): TableColumn<Member>[] {
  return [
    { id: 'member', header: 'Partnership', value: (m) => m.member, rowHeader: true },
    { id: 'force', header: 'Police force', value: (m) => m.force },
    {
      id: 'printed',
      header: 'Spellings as printed',
      sortable: false,
      value: (m) => [...new Set(m.printings.map((p) => p.printed))].join('; '),
      cell: (m) => (
        <ul className="family-spellings">
          {memberSpellings(m).map((sp) => (
            <li key={sp.printed}>
              <q>{sp.printed}</q>
              {sp.differs ? (
                <>
                  {' '}
                  <span className="family-tag">spelled differently</span>
                </>
              ) : null}{' '}
              <details className="figure-source">
                <summary>
                  Source
                  <span className="visually-hidden">
                    {' '}
                    of the spelling &ldquo;{sp.printed}&rdquo; for {m.member}
                  </span>
                </summary>
                <div className="figure-source__panel">
                  <ul>
                    {sp.printings.map((p) => (
                      <li key={`${p.source.document}:${p.source.line}`}>
                        Printed as <q>{p.printed}</q> in {lookups.documents.get(p.source.document) ?? p.source.document}, {p.source.ref},
                        line {p.source.line} <span className="file-meta">({p.source.document})</span>
                      </li>
                    ))}
                  </ul>
                </div>
              </details>
            </li>
          ))}
        </ul>
      ),
    },
  ];
}

export function FamilyMembers({ members, state }: Props) {
  const lookups = useFigureLookups();
  const { shortName } = usePartnership().partnership;
  const columns = useMemo(() => columnsFor(lookups), [lookups]);
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
            sort={state.params.msort}
            onSortChange={(msort) => state.setParams({ msort })}
          />
        </>
      )}
    </section>
  );
}
