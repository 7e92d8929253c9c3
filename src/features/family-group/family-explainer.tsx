import { useFigureLookups } from '../../components/figures/figure-context';
import { usePartnership } from '../../components/partnership/partnership-context';
import { ordinal } from '../../lib/words';
import { NarrowDisclosure } from '../../components/layout/narrow-disclosure';
import { ViewIntro } from '../../components/layout/view-intro';

/** The profile's quotes about the family group; `data:check` verifies each stands on its cited line. */
const TOPIC = 'family-group';

/**
 * What the family group is, with the documents' own words about it from the
 * partnership's profile. A quote is shown only for snapshots whose family
 * group data comes from the document it quotes.
 */
export function FamilyExplainer({ documents }: { documents: ReadonlySet<string> }) {
  const lookups = useFigureLookups();
  const partnership = usePartnership();
  const { size } = partnership.familyGroup;
  const quotes = partnership.quotes.filter((q) => q.topic === TOPIC && documents.has(q.source.document));
  return (
    <section aria-labelledby="family-what">
      <h2 id="family-what">What the family group is</h2>
      {/* A phone shows its first lines and "Read more", so the positions come onto the first screen. */}
      <ViewIntro>
        The Home Office puts each community safety partnership (CSP) in England and Wales in a Most Similar Family Group (MSFG) of {size}{' '}
        partnerships with similar characteristics, and ranks the {size} from 1st to {ordinal(size)}. 1st is best: the lower the number, the
        better {partnership.partnership.shortName}&rsquo;s position compared with the others.
      </ViewIntro>
      {quotes.length > 0 ? (
        <NarrowDisclosure summary={`In the documents’ own words (${quotes.length})`}>
          <p>In the documents&rsquo; own words:</p>
          {quotes.map((q) => (
            <blockquote key={q.id} className="family-quote">
              <p>{q.text}</p>
              <footer className="file-meta">
                {lookups.documents.get(q.source.document) ?? q.source.document}, {q.source.ref}, line {q.source.line} ({q.source.document})
              </footer>
            </blockquote>
          ))}
        </NarrowDisclosure>
      ) : null}
    </section>
  );
}
