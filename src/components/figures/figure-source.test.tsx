import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import { figure, periodMap } from '../../../test/unit/fixtures';
import { EMPTY_LOOKUPS, FigureContext, type FigureLookups } from './figure-context';
import { FigureSource } from './figure-source';

// SYNTHETIC documents and address: made up, never shown as a real partnership's.
const YEAR = 'fy2098-99';
const ONLINE = 'SYNTHETIC-online.txt';
const OFFLINE = 'SYNTHETIC-offline.txt';
const ADDRESS = 'https://committees.synthetic.example/documents/pack-2099.pdf';

const LOOKUPS: FigureLookups = {
  ...EMPTY_LOOKUPS,
  periods: periodMap([YEAR]),
  documents: new Map([
    [ONLINE, 'Synthetic partnership pack, April 2099'],
    [OFFLINE, 'Synthetic minutes, May 2099'],
  ]),
  sources: new Map([
    [ONLINE, { kind: 'document', document: ONLINE, title: 'Synthetic partnership pack, April 2099', address: ADDRESS }],
    [OFFLINE, { kind: 'document', document: OFFLINE, title: 'Synthetic minutes, May 2099' }],
  ]),
};

function show(document: string) {
  const f = figure({
    value: 12,
    period: YEAR,
    printings: [{ printed: '12', source: { kind: 'document', document, ref: 'Table 1', line: 3 } }],
  });
  render(
    <FigureContext.Provider value={LOOKUPS}>
      <FigureSource figure={f} notes={[]} flags={[]} />
    </FigureContext.Provider>,
  );
}

describe("a figure's source", () => {
  it('links to the document where its publication records a public address, in a new tab that says so', () => {
    show(ONLINE);
    const link = screen.getByRole('link', { name: 'read the document (opens in a new tab)' });
    expect(link).toHaveAttribute('href', ADDRESS);
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  });

  it('offers no link where no address is recorded', () => {
    show(OFFLINE);
    expect(screen.getByText(/^Printed as/)).toHaveTextContent('Synthetic minutes, May 2099, Table 1, line 3');
    expect(screen.queryByRole('link')).not.toBeInTheDocument();
  });
});
