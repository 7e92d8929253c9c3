import { describe, expect, it } from 'vitest';
import { changeWord, ordinal, positionMovement, positionWords } from './glance-words';

describe('overview words', () => {
  it('writes ordinals', () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 101, 111].map(ordinal)).toEqual([
      '1st',
      '2nd',
      '3rd',
      '4th',
      '11th',
      '12th',
      '13th',
      '21st',
      '22nd',
      '101st',
      '111th',
    ]);
  });

  it('says a change by its direction only', () => {
    expect([changeWord(-6.1), changeWord(3), changeWord(0)]).toEqual(['down', 'up', 'no change']);
  });

  it('explains a position where 1st is best, and how it moved', () => {
    expect(positionWords(12, 'rank-of-15')).toBe('12th of 15');
    expect(positionWords(2, 'rank')).toBe('2nd');
    expect(positionMovement(14, 12)).toBe('worse than 12th');
    expect(positionMovement(13, 14)).toBe('better than 14th');
    expect(positionMovement(11, 11)).toBe('unchanged');
  });
});
