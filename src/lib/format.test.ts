import { describe, expect, it } from 'vitest';
import { formatGbp, formatNumber, formatSigned } from './format';

describe('formatting', () => {
  it('groups thousands the British way', () => {
    expect(formatNumber(10195)).toBe('10,195');
    expect(formatNumber(-6.1)).toBe('-6.1');
    expect(formatNumber(2.5, 1)).toBe('2.5');
  });

  it('always shows the sign of a change, so direction never relies on colour', () => {
    expect(formatSigned(14)).toBe('+14');
    expect(formatSigned(-627)).toBe('-627');
    expect(formatSigned(0)).toBe('0');
  });

  it('shows pounds with pence only when there are any', () => {
    expect(formatGbp(75500)).toBe('£75,500');
    expect(formatGbp(15956.25)).toBe('£15,956.25');
  });
});
