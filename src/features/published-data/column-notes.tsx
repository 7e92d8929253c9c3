import { useMemo } from 'react';
import type { Partnership } from '../../data/partnership';
import { codeSpan, subareaCodes, subareasOf } from '../../data/partnership-areas';
import { usePartnership } from '../../components/partnership/partnership-context';

/** What each column of figures.csv means: the file's own data dictionary, shown beside the download. */
function columnsFor(p: Partnership): [string, string][] {
  const { area } = p.partnership;
  const subareas = subareasOf(p);
  const size = p.familyGroup.size;
  return [
    ['snapshot_id', 'The snapshot the file belongs to, named by the month of the date printed on its document (2024-04).'],
    ['dataset', 'Which part of the dashboard the figure belongs to: beat-crime, csp-crime, family-group, asb, actions or scorecards.'],
    [
      'area_type',
      `The kind of area: ${area.type} (the whole partnership), ${subareas.type} (one of its ${subareas.plural}), and others such as county or district.`,
    ],
    ['area_code', `The area within its type: ${area.code}, or a ${subareas.singular} from ${codeSpan(subareaCodes(subareas))}.`],
    ['area_name', 'The area in words.'],
    ['measure', 'What is counted, such as all-crime, burglary-residential or youth-asb-records.'],
    [
      'statistic',
      'The kind of figure: count, difference, percent-change, share, percentage, rank, movement, rate, amount, target or number.',
    ],
    [
      'period_label',
      'The period in words, precisely: "2023/24 year to date (1 Apr to 5 Dec 2023)". Where the document does not state a date, the label says so and gives the latest it can be: "2023/24 year to date (end date not stated; no later than 18 Jan 2024)".',
    ],
    ['period_start', 'First day of the period (ISO 8601 date); empty where the document does not state it.'],
    [
      'period_end',
      'Last day of the period (ISO 8601 date); for a position "as at" a date, the same as the start. Empty where the document does not state it: the label then gives the latest it can be.',
    ],
    ['comparison_start', 'For differences and % changes: first day of the period compared with; empty where not stated.'],
    ['comparison_end', 'For differences and % changes: last day of the period compared with; empty where not stated.'],
    ['value', `The number: 12 for "12/${size}", -6.1 for "-6.1%", 10195 for "10,195". A movement arrow is 1 (↑), 0 (↔) or -1 (↓).`],
    [
      'value_as_printed',
      `The figure exactly as the document prints it: -6.1%, 12/${size}, ↑. As in every CSV download, text a spreadsheet would run as a formula (=1+1) would get an apostrophe in front; printed numbers never do.`,
    ],
    ['unit', `crimes, percent, ${p.familyGroup.unit}, gbp, and so on.`],
    ['source_document', 'The file name of the council document the figure comes from.'],
    ['source_ref', 'The table or figure within the document, as a reader would look for it.'],
    ['source_line', 'The line of the document the figure stands on (counting from 1).'],
    ['note', 'Remarks and data notes, including where published figures disagree.'],
  ];
}

export function ColumnNotes() {
  const partnership = usePartnership();
  const columns = useMemo(() => columnsFor(partnership), [partnership]);
  return (
    <section aria-labelledby="column-notes">
      <h2 id="column-notes">What the columns of figures.csv mean</h2>
      <p>
        Each snapshot&rsquo;s <code>figures.csv</code> has one row for every number as printed, so a figure printed in two places has two
        rows. The JSON files hold the same figures grouped for the dashboard; their schemas are in <code>data/schema/</code>.
      </p>
      <div className="table-scroll" role="region" aria-label="Columns of figures.csv" tabIndex={0}>
        <table className="data-table">
          <caption>Columns of figures.csv</caption>
          <thead>
            <tr>
              <th scope="col">Column</th>
              <th scope="col">Meaning</th>
            </tr>
          </thead>
          <tbody>
            {columns.map(([name, meaning]) => (
              <tr key={name}>
                <th scope="row">
                  <code>{name}</code>
                </th>
                <td>{meaning}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
