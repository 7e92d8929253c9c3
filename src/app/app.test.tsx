import { createHash } from 'node:crypto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from './app';
import { resetDataStore } from './store';
import { SYNTHETIC_PARTNERSHIP } from '../../test/unit/fixtures';
import { SCHEMA_VERSION } from '../data/schema';

// SYNTHETIC manifest: test data, not Charnwood's.
const manifest = {
  schemaVersion: SCHEMA_VERSION,
  generatedFrom: 'test',
  // The profile's hash is checked against the file served: it must be the hash of that file.
  partnership: {
    path: 'partnership.json',
    bytes: 100,
    sha256: createHash('sha256').update(JSON.stringify(SYNTHETIC_PARTNERSHIP)).digest('hex'),
  },
  defaultSnapshot: '2099-07',
  snapshots: [
    {
      id: '2099-07',
      title: 'Synthetic publication, July 2099',
      kind: 'agenda',
      meeting: { date: '2099-07-20', asPrinted: '20th July 2099', line: 3, doubt: null },
      published: { date: '2099-07-13', asPrinted: '13th July 2099', line: 9 },
      figuresTo: '2099-06-30',
      sources: [
        { kind: 'document', document: 'a.txt', title: 'Synthetic publication, January 2099' },
        { kind: 'document', document: 'b.txt', title: 'Synthetic publication, July 2099' },
      ],
      mainPeriod: { id: 'fy2099-00-q1', label: 'Q1 2099/00 (1 Apr to 30 Jun 2099)' },
      figureCount: 1234,
      files: [{ path: '2099-07/figures.csv', dataset: 'figures', bytes: 2048, sha256: 'a'.repeat(64) }],
    },
    {
      id: '2099-01',
      title: 'Synthetic publication, January 2099',
      kind: 'minutes',
      meeting: { date: '2099-01-20', asPrinted: 'Tuesday 20 January 2099', line: 4, doubt: 'The minutes approve their own meeting.' },
      published: null,
      figuresTo: null,
      sources: [{ kind: 'document', document: 'a.txt', title: 'Synthetic publication, January 2099' }],
      mainPeriod: null,
      figureCount: 10,
      files: [{ path: '2099-01/figures.csv', dataset: 'figures', bytes: 20, sha256: 'b'.repeat(64) }],
    },
  ],
};

function reference(snapshotId: string, dataset: string): unknown {
  const head = { schemaVersion: SCHEMA_VERSION, snapshotId, dataset };
  if (dataset === 'notes') return { ...head, notes: [] };
  if (dataset === 'periods') return { ...head, periods: [] };
  return { ...head, areas: [], measures: [] };
}

/** Answers the manifest with `body`, and each snapshot's small reference files with empty, valid content. */
function stubFetch(body: unknown, status = 200) {
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string) => {
      const m = /data\/(\d{4}-\d{2})\/(notes|periods|vocab)\.json$/.exec(url);
      if (m) return new Response(JSON.stringify(reference(m[1]!, m[2]!)));
      if (url.endsWith('data/partnership.json')) return new Response(JSON.stringify(SYNTHETIC_PARTNERSHIP));
      return new Response(JSON.stringify(body), { status });
    }),
  );
}

describe('the app shell', () => {
  beforeEach(() => {
    resetDataStore();
    vi.unstubAllGlobals();
    window.history.replaceState(null, '', '/?view=data');
  });

  it('lists the snapshots in the manifest, newest marked as the default', async () => {
    stubFetch(manifest);
    render(<App />);
    // The view's code loads on first use, which can take seconds on a busy machine: a wait, not a timed assertion.
    const table = await screen.findByRole('table', { name: /snapshots of the published figures/i }, { timeout: 10_000 });
    expect(screen.getByRole('heading', { level: 1, name: 'Published snapshots' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Data downloads' })).toHaveAttribute('aria-current', 'page');
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(3);
    expect(within(rows[1]!).getByRole('rowheader')).toHaveTextContent('Synthetic publication, July 2099Default');
    expect(within(rows[1]!).getByRole('cell', { name: '20 Jul 2099' })).toBeInTheDocument();
    expect(within(rows[1]!).getByRole('cell', { name: '13 Jul 2099' })).toBeInTheDocument();
    expect(within(rows[1]!).getByRole('cell', { name: '30 Jun 2099' })).toBeInTheDocument();
    expect(within(rows[1]!).getByRole('cell', { name: '1,234' })).toBeInTheDocument();
    // Dates the document does not print are said to be not stated, and a doubtful printed date says so.
    expect(within(rows[2]!).getByRole('cell', { name: '20 Jan 2099 (as printed, doubtful)' })).toBeInTheDocument();
    expect(within(rows[2]!).getAllByRole('cell', { name: 'not stated' })).toHaveLength(2);
    expect(screen.getByRole('link', { name: '2099-07/figures.csv' })).toHaveAttribute('href', '/data/2099-07/figures.csv');
  });

  it('explains a manifest that fails validation, naming the file, path and reason', async () => {
    stubFetch({ ...manifest, defaultSnapshot: 'latest' });
    render(<App />);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent("The dashboard's data could not be loaded");
    expect(alert).toHaveTextContent('manifest.json: defaultSnapshot: must be a snapshot id like 2024-04');
  });

  it('says when the manifest is missing', async () => {
    stubFetch('nothing', 404);
    render(<App />);
    expect(await screen.findByRole('alert')).toHaveTextContent('manifest.json: the server answered 404');
  });

  it('offers to try again after a failed load, and shows the data once it loads, without reloading the page', async () => {
    let manifestRequests = 0;
    vi.stubGlobal(
      'fetch',
      vi.fn(async (url: string) => {
        const m = /data\/(\d{4}-\d{2})\/(notes|periods|vocab)\.json$/.exec(url);
        if (m) return new Response(JSON.stringify(reference(m[1]!, m[2]!)));
        if (url.endsWith('data/partnership.json')) return new Response(JSON.stringify(SYNTHETIC_PARTNERSHIP));
        manifestRequests += 1;
        // The first request meets a passing server fault; the second succeeds.
        return manifestRequests === 1 ? new Response('busy', { status: 503 }) : new Response(JSON.stringify(manifest));
      }),
    );
    render(<App />);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('manifest.json: the server answered 503');
    await userEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('table', { name: /snapshots of the published figures/i })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(manifestRequests).toBe(2);
  });
});
