import { describe, expect, it } from 'vitest';
import { composeSvg, svgSize, wrap } from './chart-export';
import { styledSeries } from './palette';

describe('chart export', () => {
  const svg = composeSvg('<svg width="600" height="300"><path d="M0,0"/></svg>', 600, 300, {
    title: 'SYNTHETIC chart <title> & more',
    subtitle: 'Year to date (1 April to 5 December)',
    source: 'Source: SYNTHETIC publication, line 12. Main figures to 31 Mar 2099.',
    key: styledSeries(
      ['56', '57', '58'],
      [
        { key: '56', label: 'Beat 56' },
        { key: '58', label: 'Beat 58' },
      ],
    ),
  });

  it('carries the title, period, key and source as text, escaped', () => {
    expect(svg).toContain('SYNTHETIC chart &lt;title&gt; &amp; more');
    expect(svg).toContain('Year to date (1 April to 5 December)');
    expect(svg).toContain('>Beat 58</text>');
    expect(svg).toContain('Source: SYNTHETIC publication, line 12. Main figures to 31 Mar 2099.');
  });

  it('draws each key entry in its own series style, not by its place in the key', () => {
    // Beat 58 is third of the full list, so it keeps the third colour with Beat 57 hidden.
    expect(svg).toMatch(/<line [^>]*stroke="#801650"[^>]*\/><path [^>]*\/><\/g><text [^>]*>Beat 58<\/text>/);
  });

  it('embeds the chart and declares its size', () => {
    expect(svg).toContain('<path d="M0,0"/>');
    expect(svgSize(svg).width).toBe(640);
    expect(svgSize(svg).height).toBeGreaterThan(300);
  });

  it('is well-formed XML', () => {
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
  });

  it('wraps long text at spaces', () => {
    expect(wrap('one two three four', 9)).toEqual(['one two', 'three', 'four']);
  });
});
