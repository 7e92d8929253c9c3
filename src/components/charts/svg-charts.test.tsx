import { describe, expect, it } from 'vitest';
import { render } from '@testing-library/react';
import { BeforeAfterChart } from './before-after-chart';
import { RankedBars } from './ranked-bars';
import { seriesStyle } from './palette';

// jsdom lays nothing out, so the charts draw at their default width (640 px): wide enough for the one-line layouts.
describe('ranked bars', () => {
  it('draws the bars in the order given, each with its name and value as text, longest for the largest', () => {
    const { container } = render(
      <RankedBars
        bars={[
          { key: 'b', label: 'Beat B (synthetic)', value: 40, valueText: '40' },
          { key: 'a', label: 'Beat A (synthetic)', value: 10, valueText: '10' },
        ]}
      />,
    );
    const bars = [...container.querySelectorAll('.ranked-bar')];
    expect(bars.map((g) => g.textContent)).toEqual(['Beat B (synthetic)40', 'Beat A (synthetic)10']);
    const widths = bars.map((g) => Number(g.querySelector('rect')?.getAttribute('width')));
    expect(widths[0]).toBeGreaterThan(widths[1] ?? Infinity);
    expect((widths[0] ?? 0) / (widths[1] ?? 1)).toBeCloseTo(4, 1);
    expect(container.querySelector('svg.chart-svg')).not.toBeNull();
  });
});

describe('before → after', () => {
  it('draws a hollow dot for the earlier value and a filled one for the later, with the change in words', () => {
    const { container } = render(
      <BeforeAfterChart
        beforeLabel="2097/98"
        afterLabel="2098/99"
        rows={[
          { key: 'x', label: 'Synthetic records', before: 335, after: 308, words: '335 → 308, down 27 (−8.1%)', style: seriesStyle(0) },
          { key: 'y', label: 'Synthetic cases', before: null, after: 5, words: 'not published → 5', style: seriesStyle(1) },
        ]}
      />,
    );
    const rows = [...container.querySelectorAll('.before-after__row')];
    expect(rows.map((r) => r.textContent)).toEqual(['Synthetic records  335 → 308, down 27 (−8.1%)', 'Synthetic cases  not published → 5']);
    const [full, half] = rows;
    const circles = [...(full?.querySelectorAll('circle') ?? [])];
    expect(circles.map((c) => c.getAttribute('fill'))).toEqual(['#ffffff', seriesStyle(0).colour]);
    expect(Number(circles[0]?.getAttribute('cx'))).toBeGreaterThan(Number(circles[1]?.getAttribute('cx')));
    // A missing value draws no dot and no line, only the one published.
    expect(half?.querySelectorAll('circle')).toHaveLength(1);
    expect(half?.querySelector('line')).toBeNull();
    expect(container.textContent).toContain('2097/98');
    expect(container.textContent).toContain('2098/99');
  });
});
