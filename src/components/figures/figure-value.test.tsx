import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Figure, Note } from '../../data/schema';
import { figure, periodMap } from '../../../test/unit/fixtures';
import { EMPTY_LOOKUPS, FigureContext, type FigureLookups } from './figure-context';
import { FigureValue } from './figure-value';

// SYNTHETIC figures, notes and documents: made up, never shown as Charnwood's.
const YEAR = 'fy2098-99';
const BEFORE = 'fy2097-98';
const EXTRACT = 'data/sources/2099-07/extracts/synthetic-crime-by-beat.csv';

function note(id: string, kind: Note['kind'], text: string): Note {
  return { id, kind, generated: false, text, source: null };
}

const NOTES = [
  note('n-clash', 'inconsistency', 'Table 2 prints 1,204 for the same count.'),
  note('n-read', 'interpretation', 'We read "year" as the financial year.'),
];

const LOOKUPS: FigureLookups = {
  ...EMPTY_LOOKUPS,
  notes: new Map(NOTES.map((n) => [n.id, n])),
  periods: periodMap([YEAR, BEFORE]),
  documents: new Map([
    ['SYNTHETIC.txt', 'Synthetic partnership report, 1 April 2099'],
    [EXTRACT, 'Synthetic recorded crime by beat, Q1 2099/00'],
  ]),
  sources: new Map([
    [
      EXTRACT,
      {
        kind: 'extract',
        document: EXTRACT,
        title: 'Synthetic recorded crime by beat, Q1 2099/00',
        producedBy: 'Synthetic analyst',
        system: 'Synthetic records system',
        runDate: '2099-07-05',
      },
    ],
  ]),
};

function show(f: Figure, context = 'synthetic count, Beat 56') {
  return render(
    <FigureContext.Provider value={LOOKUPS}>
      <section aria-label="Synthetic figure">
        <FigureValue figure={f} context={context} />
      </section>
    </FigureContext.Provider>,
  );
}

describe('a figure and its source', () => {
  it('shows the value as the document prints it, with a Source control named after the figure', () => {
    show(
      figure({
        value: 1234,
        period: YEAR,
        printings: [{ printed: '1,234', source: { kind: 'document', document: 'SYNTHETIC.txt', ref: 'Table 1', line: 7 } }],
      }),
    );
    // What a reader sees first: the value, then the control that opens its source.
    expect(screen.getByRole('region', { name: 'Synthetic figure' })).toHaveTextContent(/^1,234\s*Source/);
    expect(screen.getByText('Source', { selector: 'summary', exact: false })).toHaveTextContent('Source of synthetic count, Beat 56');
    expect(screen.queryByText('inconsistent')).not.toBeInTheDocument();
  });

  it('keeps the printed precision of a % change and writes its sign', () => {
    show(
      figure({
        value: -6.1,
        statistic: 'percent-change',
        unit: 'percent',
        period: YEAR,
        comparison: BEFORE,
        printings: [{ printed: '-6.1%', source: { kind: 'document', document: 'SYNTHETIC.txt', ref: 'Table 1', line: 8 } }],
      }),
    );
    expect(screen.getByRole('region', { name: 'Synthetic figure' })).toHaveTextContent(/^-6\.1%\s*Source/);
  });

  it('opens to the period, where it was printed, and its notes', async () => {
    const f = figure({
      value: 1234,
      period: YEAR,
      comparison: BEFORE,
      noteIds: ['n-read'],
      remark: 'Synthetic remark on this figure.',
      printings: [{ printed: '1,234', source: { kind: 'document', document: 'SYNTHETIC.txt', ref: 'Table 1', line: 7 } }],
    });
    show(f);
    const summary = screen.getByText('Source', { selector: 'summary', exact: false });
    const details = summary.closest('details');
    expect(details).not.toBeNull();
    expect(details).not.toHaveAttribute('open');
    await userEvent.click(summary);
    expect(details).toHaveAttribute('open');
    const panel = within(details!);
    expect(panel.getByText(`${LOOKUPS.periods.get(YEAR)?.label} compared with ${LOOKUPS.periods.get(BEFORE)?.label}`)).toBeInTheDocument();
    // The quotation marks come from <q>, so they are not in the text.
    expect(panel.getByText(/^Printed as/)).toHaveTextContent(
      'Printed as 1,234 in Synthetic partnership report, 1 April 2099, Table 1, line 7 (SYNTHETIC.txt)',
    );
    expect(panel.getByText('Synthetic remark on this figure.')).toBeInTheDocument();
    expect(panel.getByText(/We read "year" as the financial year\./)).toHaveTextContent(
      'How we read it: We read "year" as the financial year.',
    );
    expect(panel.queryByText(/Another publication printed a different value/)).not.toBeInTheDocument();
  });

  it('marks a figure the documents contradict in words, and says why in its source', async () => {
    show(figure({ value: 1200, period: YEAR, noteIds: ['n-clash'] }));
    expect(screen.getByText('inconsistent')).toBeInTheDocument();
    await userEvent.click(screen.getByText('Source', { selector: 'summary', exact: false }));
    expect(screen.getByText(/Table 2 prints 1,204 for the same count\./)).toHaveTextContent(
      'Inconsistency: Table 2 prints 1,204 for the same count.',
    );
  });

  it('says when another publication printed a different value', async () => {
    show(figure({ value: 999, period: YEAR, preferred: false }));
    await userEvent.click(screen.getByText('Source', { selector: 'summary', exact: false }));
    expect(screen.getByText(/Another publication printed a different value for this figure/)).toBeInTheDocument();
  });

  it('names a document by its file when the snapshot does not give its title', async () => {
    show(
      figure({
        value: 3,
        period: YEAR,
        printings: [{ printed: '3', source: { kind: 'document', document: 'UNKNOWN-SYNTHETIC.txt', ref: 'Para 4', line: 12 } }],
      }),
    );
    await userEvent.click(screen.getByText('Source', { selector: 'summary', exact: false }));
    expect(screen.getByText(/Printed as/)).toHaveTextContent(
      'Printed as 3 in UNKNOWN-SYNTHETIC.txt, Para 4, line 12 (UNKNOWN-SYNTHETIC.txt)',
    );
  });

  it("names an analyst's extract, who produced it from which system and when, and the row and column", async () => {
    show(
      figure({
        value: 1234,
        period: YEAR,
        printings: [{ printed: '1,234', source: { kind: 'extract', document: EXTRACT, ref: 'Q1 2099/00', line: 14 } }],
      }),
    );
    await userEvent.click(screen.getByText('Source', { selector: 'summary', exact: false }));
    expect(screen.getByText(/Given as/)).toHaveTextContent(
      `Given as 1,234 in analyst's extract \u201cSynthetic recorded crime by beat, Q1 2099/00\u201d, produced by Synthetic analyst from Synthetic records system on 5 Jul 2099, row 14, column \u201cQ1 2099/00\u201d (${EXTRACT})`,
    );
    expect(screen.queryByText(/Printed as|line 14/)).not.toBeInTheDocument();
  });
});
