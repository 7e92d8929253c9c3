import { describe, expect, it } from 'vitest';
import { formatFigure } from './figure-format';

const f = (statistic: string, value: number, printed: string, unit = 'crimes') => ({ statistic, value, unit, printings: [{ printed }] });

describe('formatFigure', () => {
  it.each([
    [f('count', 10195, '10,195'), '10,195'],
    [f('count', 9568, '9568'), '9,568'],
    [f('percent-change', -6.1, '-6.1%', 'percent'), '-6.1%'],
    [f('percent-change', 43, '+43%', 'percent'), '+43%'],
    [f('percent-change', 177.8, '+ 177.8%', 'percent'), '+177.8%'],
    [f('difference', -627, '-627'), '-627'],
    [f('rank', 12, '12/15', 'rank-of-15'), '12/15'],
    [f('movement', 1, '↑', 'direction'), '↑ up'],
    [f('movement', -1, '↓', 'direction'), '↓ down'],
    [f('share', 21, '21%', 'percent'), '21%'],
    [f('amount', 15956.25, '£15,956.25', 'gbp'), '£15,956.25'],
  ])('writes %o as %s', (figure, expected) => {
    expect(formatFigure(figure)).toBe(expected);
  });
});
