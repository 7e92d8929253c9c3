import { describe, expect, it } from 'vitest';
import { act, render, screen, within } from '@testing-library/react';
import { figure, periodMap } from '../../../test/unit/fixtures';
import type { Figure } from '../../data/schema';
import { EMPTY_LOOKUPS, FigureContext, type FigureLookups } from '../figures/figure-context';
import { FigureValue } from '../figures/figure-value';
import { citationOf, lineList } from './citation';
import { EndnoteStore, endnoteText } from './endnote-store';
import { Endnotes, EndnotesProvider } from './endnotes';

// SYNTHETIC figures and documents: made up, never shown as any partnership's.
const LOOKUPS: FigureLookups = {
  ...EMPTY_LOOKUPS,
  periods: periodMap(['fy2098-99']),
  documents: new Map([
    ['SYNTHETIC-A.txt', 'Synthetic report A'],
    ['SYNTHETIC-B.txt', 'Synthetic report B'],
  ]),
};

function at(document: string, ref: string, line: number, value: number): Figure {
  return figure({ value, printings: [{ printed: String(value), source: { kind: 'document', document, ref, line } }] });
}

describe('lineList', () => {
  it('lists lines ascending, once each, with runs of three or more as ranges', () => {
    expect(lineList([9, 3, 4, 5, 3, 12, 13])).toBe('3\u20135, 9, 12, 13');
    expect(lineList([7])).toBe('7');
  });
});

describe('EndnoteStore', () => {
  it('numbers citations in document order, not registration order, and shares a number between identical sources', () => {
    const store = new EndnoteStore();
    const root = document.createElement('div');
    const [first, second, third] = [0, 1, 2].map(() => root.appendChild(document.createElement('span')));
    const a = citationOf(LOOKUPS, at('SYNTHETIC-A.txt', 'Table 1', 10, 1));
    const b = citationOf(LOOKUPS, at('SYNTHETIC-B.txt', 'Table 2', 5, 2));
    const a2 = citationOf(LOOKUPS, at('SYNTHETIC-A.txt', 'Table 1', 11, 3));
    // Registered last, but first on the page.
    store.register(b, second ?? null);
    store.register(a2, third ?? null);
    const removeA = store.register(a, first ?? null);
    store.flush();
    expect(store.numberOf(a.key)).toBe(1);
    expect(store.numberOf(b.key)).toBe(2);
    expect(store.notes().map(endnoteText)).toEqual(['Synthetic report A: Table 1, lines 10, 11.', 'Synthetic report B: Table 2, line 5.']);
    removeA();
    store.flush();
    // The first figure gone, the second is now the first source met.
    expect(store.numberOf(b.key)).toBe(1);
    expect(store.notes()[1]?.places[0]?.lines).toEqual([11]);
  });

  it('keeps a figure printed in two tables as one citation naming both', () => {
    const both = figure({
      value: 4,
      printings: [
        { printed: '4', source: { kind: 'document', document: 'SYNTHETIC-A.txt', ref: 'Table 1', line: 3 } },
        { printed: '4', source: { kind: 'document', document: 'SYNTHETIC-B.txt', ref: 'Table 9', line: 8 } },
      ],
    });
    const store = new EndnoteStore();
    store.register(citationOf(LOOKUPS, both), null);
    store.register(citationOf(LOOKUPS, at('SYNTHETIC-A.txt', 'Table 2', 30, 5)), null);
    store.register(citationOf(LOOKUPS, { ...both, id: 'again', printings: [...both.printings].reverse() }), null);
    store.flush();
    // The same two tables in the other order are the same source.
    expect(store.notes().map(endnoteText)).toEqual([
      'Synthetic report A: Table 1, line 3. Synthetic report B: Table 9, line 8.',
      'Synthetic report A: Table 2, line 30.',
    ]);
  });
});

describe('Endnotes on a printed page', () => {
  const figures = [
    at('SYNTHETIC-A.txt', 'Table 1', 10, 101),
    at('SYNTHETIC-B.txt', 'Table 2', 5, 202),
    at('SYNTHETIC-A.txt', 'Table 1', 12, 303),
  ];

  function page(shown: boolean) {
    return render(
      <FigureContext.Provider value={LOOKUPS}>
        <EndnotesProvider shown={shown}>
          <p data-testid="figures">
            {figures.map((f) => (
              <FigureValue key={f.id} figure={f} context="synthetic count" />
            ))}
          </p>
          <Endnotes />
        </EndnotesProvider>
      </FigureContext.Provider>,
    );
  }

  it('writes a number beside each figure and lists each source once, in the order met', async () => {
    page(true);
    await act(async () => {
      await Promise.resolve();
    });
    const text = screen.getByTestId('figures').textContent;
    expect(text).toBe('101source 1202source 2303source 1');
    const list = within(screen.getByRole('region', { name: 'Sources' })).getAllByRole('listitem');
    expect(list.map((li) => li.textContent)).toEqual([
      'Synthetic report A: Table 1, lines 10, 12.',
      'Synthetic report B: Table 2, line 5.',
    ]);
  });

  it('changes nothing on screen', async () => {
    page(false);
    await act(async () => {
      await Promise.resolve();
    });
    expect(screen.getByTestId('figures').textContent).toBe('101202303');
    expect(screen.queryByRole('region', { name: 'Sources' })).toBeNull();
  });
});
