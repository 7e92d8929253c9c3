import { describe, expect, it } from 'vitest';
import { figureCsvUnit, figureCsvValue } from './figure-csv';

describe('figures in a CSV', () => {
  it('spells a movement out and says what it is', () => {
    expect(figureCsvValue({ statistic: 'movement', value: -1, unit: 'direction' })).toBe('down');
    expect(figureCsvValue({ statistic: 'movement', value: 0, unit: 'direction' })).toBe('no change');
    expect(figureCsvUnit({ statistic: 'movement', value: 1, unit: 'direction' })).toMatch(/^direction of movement/);
  });

  it('never leaves a % change to read as a count', () => {
    expect(figureCsvValue({ statistic: 'percent-change', value: -10, unit: 'percent' })).toBe(-10);
    expect(figureCsvUnit({ statistic: 'percent-change', value: -10, unit: 'percent' })).toBe('percent change');
    expect(figureCsvUnit({ statistic: 'count', value: 12, unit: 'crimes' })).toBe('crimes');
    expect(figureCsvUnit({ statistic: 'rank', value: 3, unit: 'rank-of-15' })).toBe('rank of 15');
  });
});
