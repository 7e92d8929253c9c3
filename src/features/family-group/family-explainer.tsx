import { useFigureLookups } from '../../components/figures/figure-context';

interface Description {
  document: string;
  ref: string;
  line: number;
  text: string;
}

/**
 * The documents' own words about the family group. They are not in the
 * published data files, so they are kept here with their sources and shown
 * only for snapshots whose family group data comes from the same document.
 */
export const DESCRIPTIONS: readonly Description[] = [
  {
    document: '000_1a5aa9b1bd324060.txt',
    ref: 'CSP Update, text after Figure 1',
    line: 617,
    text: 'Most Similar Family Groups are used with the aim of making effective and meaningful peer comparisons. The Home Office uses areas with very similar geographical, demographic and socio-economic situations that have been shown to have reasonably comparable levels of crime.',
  },
  {
    document: '001_ae200f18469ddf2a.txt',
    ref: 'PSA 2023/24 Section 3',
    line: 675,
    text: "For context, the Home Office places each of the CSP's located within England and Wales within an MSFG consisting of 15 CSP's in total. The government utilises this approach to assess the effectiveness of each CSP in reducing recorded crime.",
  },
  {
    document: '001_ae200f18469ddf2a.txt',
    ref: 'PSA 2023/24 Section 3',
    line: 693,
    text: 'Each MSFG is given a ranking from 1st to 15th in respect to its comparative performance set against the other CSPs.',
  },
  {
    document: '001_ae200f18469ddf2a.txt',
    ref: 'PSA 2023/24, text before Table 1',
    line: 463,
    text: 'The direction of travel in our MSFG is illustrated by the accompanying arrows – green indicating an improving performance, with red showing a movement in the wrong direction.',
  },
];

export function FamilyExplainer({ documents }: { documents: ReadonlySet<string> }) {
  const lookups = useFigureLookups();
  const quotes = DESCRIPTIONS.filter((d) => documents.has(d.document));
  return (
    <section aria-labelledby="family-what">
      <h2 id="family-what">What the family group is</h2>
      <p>
        The Home Office puts each community safety partnership (CSP) in England and Wales in a Most Similar Family Group (MSFG) of 15
        partnerships with similar characteristics, and ranks the 15 from 1st to 15th. 1st is best: the lower the number, the better
        Charnwood&rsquo;s position compared with the others.
      </p>
      {quotes.length > 0 ? (
        <>
          <p>In the documents&rsquo; own words:</p>
          {quotes.map((q) => (
            <blockquote key={`${q.document}:${q.line}`} className="family-quote">
              <p>{q.text}</p>
              <footer className="file-meta">
                {lookups.documents.get(q.document) ?? q.document}, {q.ref}, line {q.line} ({q.document})
              </footer>
            </blockquote>
          ))}
        </>
      ) : null}
    </section>
  );
}
