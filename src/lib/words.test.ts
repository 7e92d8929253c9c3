import { describe, expect, it } from 'vitest';
import { capitalise, countWord, ordinal } from './words';

describe('words for prose built from data', () => {
  it('writes small counts as words and larger ones as digits', () => {
    expect([1, 9, 10, 12, 13, 15].map(countWord)).toEqual(['one', 'nine', 'ten', 'twelve', '13', '15']);
  });

  it('writes ordinals, teens included', () => {
    expect([1, 2, 3, 4, 11, 12, 13, 15, 21, 22, 23, 101, 111].map(ordinal)).toEqual([
      '1st',
      '2nd',
      '3rd',
      '4th',
      '11th',
      '12th',
      '13th',
      '15th',
      '21st',
      '22nd',
      '23rd',
      '101st',
      '111th',
    ]);
  });

  it('capitalises the first letter only', () => {
    expect(capitalise('police beat trends')).toBe('Police beat trends');
  });
});
