import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Figure, Note } from '../../data/schema';
import { figure, periodMap } from '../../../test/unit/fixtures';
import { EMPTY_LOOKUPS, FigureContext, type FigureLookups } from './figure-context';
import { FigureValue } from './figure-value';
import { SourcesShownContext } from './sources-shown';

// SYNTHETIC figures, notes and documents: made up, never shown as Charnwood's.
const YEAR = 'fy2098-99';
const BEFORE = 'fy2097-98';
const EXTRACT = 'data/sources/2099-07/extracts/synthetic-crime-by-beat.csv';

function note(id: string, kind: Note['kind'], text: string, flag: string | null = null): Note {
  return { id, kind, generated: false, text, source: null, flag };
}

const NOTES = [
  note('n-clash', 'inconsistency', 'Table 2 prints 1,204 for the same count.', 'table 2 prints 1,204'),
  note('n-clash-again', 'inconsistency', 'Table 2 prints 1,204 for the same count.', 'table 2 prints 1,204'),
  note('n-header', 'inconsistency', 'The column is headed 2097, but its caption says 2098; recorded as 2098.'),
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

/** The figure's own control: the value is the button that opens its source. */
function control() {
  return screen.getByRole('button', { name: /source and notes$/ });
}

function panel() {
  return screen.getByRole('group', { name: /^Source of / });
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
    // What a reader sees: the value alone, which is itself the control; no separate Source link beside it.
    expect(control()).toHaveAccessibleName('1,234, synthetic count, Beat 56: source and notes');
    expect(control()).toHaveAttribute('aria-expanded', 'false');
    expect(screen.getAllByRole('button')).toHaveLength(1);
    expect(screen.queryByText(/inconsistent/)).not.toBeInTheDocument();
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
    expect(control()).toHaveAccessibleName(/^-6\.1%, /);
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
    expect(screen.queryByRole('group', { name: /^Source of / })).not.toBeInTheDocument();
    await userEvent.click(control());
    expect(control()).toHaveAttribute('aria-expanded', 'true');
    expect(control()).toHaveAttribute('aria-controls', panel().id);
    const panelText = within(panel());
    expect(
      panelText.getByText(`${LOOKUPS.periods.get(YEAR)?.label} compared with ${LOOKUPS.periods.get(BEFORE)?.label}`),
    ).toBeInTheDocument();
    // The quotation marks come from <q>, so they are not in the text.
    expect(panelText.getByText(/^Printed as/)).toHaveTextContent(
      'Printed as 1,234 in Synthetic partnership report, 1 April 2099, Table 1, line 7 (SYNTHETIC.txt)',
    );
    expect(panelText.getByText('Synthetic remark on this figure.')).toBeInTheDocument();
    expect(panelText.getByText(/We read "year" as the financial year\./)).toHaveTextContent(
      'How we read it: We read "year" as the financial year.',
    );
    expect(panelText.queryByText(/Another publication printed a different value/)).not.toBeInTheDocument();
  });

  it('marks a figure two published values contradict in words, with the reason on the flag, and each note once', async () => {
    show(figure({ value: 1200, period: YEAR, noteIds: ['n-clash', 'n-clash-again', 'n-read'] }));
    expect(screen.getByText(/inconsistent/)).toHaveTextContent('⚠ inconsistent: table 2 prints 1,204');
    await userEvent.click(control());
    expect(within(panel()).getAllByText(/Table 2 prints 1,204 for the same count\./)).toHaveLength(1);
    expect(within(panel()).getByText(/Table 2 prints 1,204 for the same count\./)).toHaveTextContent(
      'Inconsistency: Table 2 prints 1,204 for the same count.',
    );
  });

  it('does not flag a mislabelled header: it is a quiet note', async () => {
    show(figure({ value: 1200, period: YEAR, noteIds: ['n-header'] }));
    expect(screen.queryByText(/inconsistent/)).not.toBeInTheDocument();
    await userEvent.click(control());
    expect(within(panel()).getByText(/The column is headed 2097/)).toBeInTheDocument();
  });

  it('closes on Escape and gives focus back to the figure; opens from the keyboard', async () => {
    show(figure({ value: 7, period: YEAR }));
    control().focus();
    await userEvent.keyboard('{Enter}');
    expect(panel()).toBeVisible();
    await userEvent.tab();
    expect(within(panel()).getByRole('button', { name: /^Close/ })).toHaveFocus();
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('group', { name: /^Source of / })).not.toBeInTheDocument();
    expect(control()).toHaveFocus();
    expect(control()).toHaveAttribute('aria-expanded', 'false');
  });

  it('writes its source beside it when sources are shown', () => {
    render(
      <FigureContext.Provider value={LOOKUPS}>
        <SourcesShownContext.Provider value={true}>
          <FigureValue
            figure={figure({
              value: 5,
              period: YEAR,
              printings: [{ printed: '5', source: { kind: 'document', document: 'SYNTHETIC.txt', ref: 'Table 3', line: 9 } }],
            })}
            context="synthetic count"
          />
        </SourcesShownContext.Provider>
      </FigureContext.Provider>,
    );
    expect(screen.getByText(/Table 3, line 9/)).toHaveTextContent('Synthetic partnership report, 1 April 2099, Table 3, line 9');
  });

  it('says when another publication printed a different value', async () => {
    show(figure({ value: 999, period: YEAR, preferred: false }));
    await userEvent.click(control());
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
    await userEvent.click(control());
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
    await userEvent.click(control());
    expect(screen.getByText(/Given as/)).toHaveTextContent(
      `Given as 1,234 in analyst's extract \u201cSynthetic recorded crime by beat, Q1 2099/00\u201d, produced by Synthetic analyst from Synthetic records system on 5 Jul 2099, row 14, column \u201cQ1 2099/00\u201d (${EXTRACT})`,
    );
    expect(screen.queryByText(/Printed as|line 14/)).not.toBeInTheDocument();
  });
});
