import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import { DataStamp } from './data-stamp';
import type { SnapshotEntry } from '../../data/schema';

// SYNTHETIC snapshots: test data, not Charnwood's.
const base: SnapshotEntry = {
  id: '2099-03',
  title: 'Synthetic scrutiny pack, 10 March 2099',
  kind: 'agenda',
  meeting: { date: '2099-03-10', asPrinted: 'Tuesday, 10th March 2099', line: 16, doubt: null },
  published: { date: '2099-03-02', asPrinted: '2nd March 2099', line: 23 },
  figuresTo: '2099-01-05',
  sources: [{ kind: 'document', document: 'synthetic.txt', title: 'Synthetic scrutiny pack, 10 March 2099' }],
  mainPeriod: { id: 'fy2098-99-ytd-2099-01-05', label: '2098/99 year to date (1 Apr 2098 to 5 Jan 2099)' },
  figureCount: 1,
  files: [{ path: '2099-03/figures.csv', dataset: 'figures', bytes: 1, sha256: 'a'.repeat(64) }],
};

describe('the data stamp', () => {
  it('names the three dates apart, as printed', () => {
    render(<DataStamp snapshot={base} />);
    const stamp = screen.getByText(/^Meeting/).closest('p');
    expect(stamp).toHaveTextContent('Meeting 10 Mar 2099');
    expect(stamp).toHaveTextContent('Published 2 Mar 2099');
    expect(stamp).toHaveTextContent('Main figures to 5 Jan 2099');
    expect(stamp).not.toHaveTextContent(/doubtful|not stated/);
  });

  it('says "date not stated" rather than filling a date in, and shows a doubtful meeting date as doubtful', () => {
    const doubt = 'The minutes approve the minutes of their own meeting.';
    render(
      <DataStamp
        snapshot={{
          ...base,
          kind: 'minutes',
          meeting: { date: '2099-10-20', asPrinted: '20 OCTOBER 2099', line: 4, doubt },
          published: null,
          figuresTo: null,
        }}
      />,
    );
    const stamp = screen.getByText(/^Meeting/).closest('p');
    expect(stamp).toHaveTextContent('Meeting 20 Oct 2099 (date as printed, doubtful)');
    expect(stamp).toHaveTextContent('Published date not stated');
    expect(stamp).toHaveTextContent('Main figures to date not stated');
    expect(stamp).toHaveTextContent(`Date doubtful: ${doubt}`);
  });

  it("shows a release's own date, and no meeting, for a snapshot of analysts' extracts", () => {
    render(
      <DataStamp
        snapshot={{
          ...base,
          kind: 'release',
          title: 'Synthetic quarterly release, Q1 2099/00',
          meeting: null,
          published: { date: '2099-07-15', asPrinted: null, line: null },
          figuresTo: '2099-06-30',
        }}
      />,
    );
    const stamp = screen.getByText(/^Published/).closest('p');
    expect(stamp).toHaveTextContent("Partnership release of analysts' extracts");
    expect(stamp).toHaveTextContent('Published 15 Jul 2099');
    expect(stamp).toHaveTextContent('Main figures to 30 Jun 2099');
    expect(stamp).not.toHaveTextContent(/Meeting|not stated/);
  });
});
