import { describe, expect, it } from 'vitest';
import { styledSeries } from './palette';

// SYNTHETIC series ids.
const ALL = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'];
const labelled = (keys: readonly string[]) => keys.map((key) => ({ key, label: `Series ${key}` }));

describe('series styles', () => {
  it('give every series of the full list its own colour, dash and marker together', () => {
    const styles = styledSeries(ALL, labelled(ALL)).map((s) => JSON.stringify(s.style));
    expect(new Set(styles).size).toBe(ALL.length);
  });

  it.each(ALL)('leave every other series as it was when %s is hidden', (hidden) => {
    const all = new Map(styledSeries(ALL, labelled(ALL)).map((s) => [s.key, s.style]));
    const shown = styledSeries(ALL, labelled(ALL.filter((k) => k !== hidden)));
    for (const s of shown) expect(s.style).toEqual(all.get(s.key));
  });

  it("give a series missing from the full list the style after the last, not another series' style", () => {
    const [extra] = styledSeries(['a', 'b'], labelled(['z']));
    const [third] = styledSeries(['a', 'b', 'c'], labelled(['c']));
    expect(extra?.style).toEqual(third?.style);
  });
});
