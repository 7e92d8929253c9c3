import { beforeEach, describe, expect, it, vi } from 'vitest';
import { render, screen, within, type RenderResult } from '@testing-library/react';
import type { ReactElement } from 'react';
import { SYNTHETIC_PARTNERSHIP } from '../../../test/unit/fixtures';
import { PartnershipContext } from '../partnership/partnership-context';
import userEvent from '@testing-library/user-event';
import { EMPTY_LOOKUPS, FigureContext } from '../figures/figure-context';
import { ChartFrame } from './chart-frame';
import { UrlValuesContext } from '../layout/url-values';
import { DocumentModeContext } from '../layout/document-mode';
import { styledSeries } from './palette';

/** Renders under the SYNTHETIC partnership's profile, which names downloads and export sources. */
function renderForPartnership(ui: ReactElement): RenderResult {
  return render(<PartnershipContext.Provider value={SYNTHETIC_PARTNERSHIP}>{ui}</PartnershipContext.Provider>);
}

const saved = vi.hoisted(() => {
  const files: { content: Blob; fileName: string }[] = [];
  return files;
});
vi.mock('../../lib/download', () => ({
  saveFile: (content: Blob, fileName: string) => saved.push({ content, fileName }),
}));

// jsdom has no canvas, so drawing the PNG is replaced; each test says how it ends.
const toPng = vi.hoisted(() => vi.fn<(svg: string, width: number, height: number) => Promise<Blob>>());
vi.mock('./chart-export', async (importOriginal) => ({
  ...(await importOriginal<typeof import('./chart-export')>()),
  svgToPng: toPng,
}));

const LOOKUPS = { ...EMPTY_LOOKUPS, snapshot: { id: '2099-07', title: 'Synthetic publication', figuresTo: '2099-06-30' } };
const SERIES = styledSeries(['north', 'south'], [{ key: 'south', label: 'South (synthetic)' }]);

function Frame() {
  return (
    <FigureContext.Provider value={LOOKUPS}>
      <ChartFrame
        title="Synthetic crimes by area"
        subtitle="Counts as published, by year"
        summary="South went from 10 to 12."
        keySeries={SERIES}
        chart={
          <svg className="recharts-surface" width="400" height="200">
            <path d="M0,0L10,10" />
          </svg>
        }
        table={
          <table>
            <caption>Synthetic crimes by area, as a table</caption>
            <tbody>
              <tr>
                <td>12</td>
              </tr>
            </tbody>
          </table>
        }
        footer="Synthetic footnote."
      />
    </FigureContext.Provider>
  );
}

describe('the chart frame', () => {
  beforeEach(() => {
    saved.length = 0;
    toPng.mockReset();
  });

  it('gives the chart a title, subtitle, summary and footnote, and the chart an accessible name', () => {
    renderForPartnership(<Frame />);
    const figure = screen.getByRole('figure', { name: 'Synthetic crimes by area' });
    expect(within(figure).getByRole('heading', { level: 2, name: 'Synthetic crimes by area' })).toBeInTheDocument();
    expect(within(figure).getByText('Counts as published, by year')).toBeInTheDocument();
    expect(within(figure).getByText('South went from 10 to 12.')).toBeInTheDocument();
    expect(within(figure).getByText('Synthetic footnote.')).toBeInTheDocument();
    expect(
      within(figure).getByRole('img', {
        name: 'Synthetic crimes by area. South went from 10 to 12. The same figures are in the table view.',
      }),
    ).toBeInTheDocument();
  });

  it('shows the chart first, and the table instead when "Table" is chosen, and back', async () => {
    renderForPartnership(<Frame />);
    const chart = screen.getByRole('radio', { name: 'Chart' });
    const table = screen.getByRole('radio', { name: 'Table' });
    expect(chart).toBeChecked();
    expect(screen.getByRole('group', { name: 'Show Synthetic crimes by area as' })).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();

    await userEvent.click(table);
    expect(table).toBeChecked();
    expect(screen.getByRole('table', { name: 'Synthetic crimes by area, as a table' })).toBeInTheDocument();
    expect(screen.queryByRole('img')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Download PNG/ })).not.toBeInTheDocument();

    await userEvent.click(chart);
    expect(screen.getByRole('img')).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('downloads the chart as an SVG carrying its title, key and source', async () => {
    renderForPartnership(<Frame />);
    await userEvent.click(screen.getByRole('button', { name: 'Download SVG: Synthetic crimes by area' }));
    expect(saved).toHaveLength(1);
    expect(saved[0]?.fileName).toBe('synthetic-vale-synthetic-crimes-by-area-2099-07.svg');
    const svg = (await saved[0]?.content.text()) ?? '';
    expect(svg).toContain('>Synthetic crimes by area</text>');
    expect(svg).toContain('>South (synthetic)</text>');
    // The source wraps over lines; it says a made-up partnership's figures are not real, then names the
    // snapshot, the date its main figures run to, and the partnership from the profile.
    const lines = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]).join(' ');
    expect(lines).toContain(
      'SYNTHETIC DATA: a made-up partnership for testing; none of these figures is real. Source: Synthetic publication; main figures to 30 Jun 2099. Synthetic Vale Community Safety Partnership dashboard; every figure as published, with its table',
    );
    expect(svg).toContain('<path d="M0,0L10,10"');
  });

  it("says nothing of synthetic data in a real partnership's export", async () => {
    render(
      <PartnershipContext.Provider
        value={{ ...SYNTHETIC_PARTNERSHIP, partnership: { ...SYNTHETIC_PARTNERSHIP.partnership, synthetic: false } }}
      >
        <Frame />
      </PartnershipContext.Provider>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Download SVG: Synthetic crimes by area' }));
    const svg = (await saved[0]?.content.text()) ?? '';
    expect(svg).toContain('>Source: Synthetic publication; main figures to 30 Jun 2099. Synthetic Vale</text>');
    expect(svg).not.toContain('SYNTHETIC DATA');
  });

  it('saves the PNG when it can be drawn', async () => {
    toPng.mockResolvedValue(new Blob(['png'], { type: 'image/png' }));
    renderForPartnership(<Frame />);
    await userEvent.click(screen.getByRole('button', { name: 'Download PNG: Synthetic crimes by area' }));
    expect(saved.map((f) => f.fileName)).toEqual(['synthetic-vale-synthetic-crimes-by-area-2099-07.png']);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('says why when the PNG cannot be made, and clears the message on the next try that works', async () => {
    toPng.mockRejectedValueOnce(new Error('The chart could not be drawn as an image.'));
    renderForPartnership(<Frame />);
    const png = screen.getByRole('button', { name: 'Download PNG: Synthetic crimes by area' });
    await userEvent.click(png);
    expect(await screen.findByRole('alert')).toHaveTextContent('The chart could not be drawn as an image.');
    expect(saved).toEqual([]);

    toPng.mockResolvedValueOnce(new Blob(['png'], { type: 'image/png' }));
    await userEvent.click(png);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(saved).toHaveLength(1);
  });

  it('says the chart is not drawn yet, rather than doing nothing, when its code has not loaded', async () => {
    renderForPartnership(
      <FigureContext.Provider value={LOOKUPS}>
        <ChartFrame title="Synthetic crimes by area" subtitle="s" summary="s" chart={<p>Loading the chart…</p>} table={<p>t</p>} />
      </FigureContext.Provider>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Download SVG: Synthetic crimes by area' }));
    expect(screen.getByRole('alert')).toHaveTextContent('The chart has not been drawn yet: try again once it appears.');
    await userEvent.click(screen.getByRole('button', { name: 'Download PNG: Synthetic crimes by area' }));
    expect(screen.getByRole('alert')).toHaveTextContent('not been drawn yet');
    expect(saved).toEqual([]);
  });
});

describe('chart or table, in the address', () => {
  it('reads its mode from the address and writes only the table choice there', async () => {
    const values = new Map<string, string>([['show.synthetic-crimes-by-area', 'table']]);
    const set = vi.fn((key: string, value: string | null) => {
      if (value === null) values.delete(key);
      else values.set(key, value);
    });
    const url = { get: (key: string) => values.get(key) ?? null, set };
    renderForPartnership(
      <UrlValuesContext.Provider value={url}>
        <Frame />
      </UrlValuesContext.Provider>,
    );
    expect(screen.getByRole('table', { name: 'Synthetic crimes by area, as a table' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('radio', { name: 'Chart' }));
    expect(set).toHaveBeenCalledWith('show.synthetic-crimes-by-area', null);
  });
});

describe('ChartFrame in a document for paper (the meeting pack)', () => {
  it('shows the chart and its table together, says where the figures come from, and offers nothing to press', () => {
    renderForPartnership(
      <DocumentModeContext.Provider value={true}>
        <Frame />
      </DocumentModeContext.Provider>,
    );
    const figure = screen.getByRole('figure', { name: 'Synthetic crimes by area' });
    expect(within(figure).getByRole('img', { name: /^Synthetic crimes by area\. South went from 10 to 12\./ })).toBeInTheDocument();
    expect(within(figure).getByRole('table', { name: 'Synthetic crimes by area, as a table' })).toBeInTheDocument();
    expect(figure).toHaveTextContent('Source: Synthetic publication.');
    expect(within(figure).queryAllByRole('button')).toEqual([]);
    expect(within(figure).queryAllByRole('radio')).toEqual([]);
  });
});
