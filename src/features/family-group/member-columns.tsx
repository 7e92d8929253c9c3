import type { ContextColumn } from '../../components/data-table/columns';
import type { FigureLookups } from '../../components/figures/figure-context';
import type { DatasetFile } from '../../data/schema';
import { SourceRef } from '../../components/endnotes/source-ref';
import { useDocumentMode } from '../../components/layout/document-mode';
import { memberSpellings, type Spelling } from './selectors';

export type Member = DatasetFile<'family-group'>['members'][number];

/** Where a spelling is printed: a disclosure on screen, an endnote number in a document for paper. */
function SpellingSource({ spelling: sp, member, lookups }: { spelling: Spelling; member: string; lookups: FigureLookups }) {
  const documentMode = useDocumentMode();
  if (documentMode) return <SourceRef sources={sp.printings.map((p) => p.source)} />;
  return (
    <details className="figure-source">
      <summary>
        Source
        <span className="visually-hidden">
          {' '}
          of the spelling &ldquo;{sp.printed}&rdquo; for {member}
        </span>
      </summary>
      <div className="figure-source__panel">
        <ul>
          {sp.printings.map((p) => (
            <li key={`${p.source.document}:${p.source.line}`}>
              Printed as <q>{p.printed}</q> in {lookups.documents.get(p.source.document) ?? p.source.document}, {p.source.ref}, line{' '}
              {p.source.line} <span className="file-meta">({p.source.document})</span>
            </li>
          ))}
        </ul>
      </div>
    </details>
  );
}

/** The other members of the family group; the `sort.members` parameter is derived from these columns. */
export const MEMBER_COLUMNS: readonly ContextColumn<Member, FigureLookups>[] = [
  { id: 'member', header: 'Partnership', value: (m) => m.member, rowHeader: true },
  { id: 'force', header: 'Police force', value: (m) => m.force },
  {
    id: 'printed',
    header: 'Spellings as printed',
    sortable: false,
    value: (m) => [...new Set(m.printings.map((p) => p.printed))].join('; '),
    cell: (m, lookups) => (
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
            <SpellingSource spelling={sp} member={m.member} lookups={lookups} />
          </li>
        ))}
      </ul>
    ),
  },
];
