import { describe, expect, it } from 'vitest';
import { formatPrerenderedPages, parsePrerenderedPages, prerenderedFileName } from './prerendered-pages';

describe('prerendered pages', () => {
  it('names each file after its state, and never prerenders a state with other characters in it', () => {
    expect(prerenderedFileName('')).toBe('./');
    expect(prerenderedFileName('view=beats')).toBe('beats.html');
    expect(prerenderedFileName('view=beats&beat=62&crime=all-crime')).toBe('beats.beat-62.crime-all-crime.html');
    expect(prerenderedFileName('beat=62')).toBeNull();
    expect(prerenderedFileName('view=beats&beats=57,58')).toBeNull();
    expect(prerenderedFileName('view=../x')).toBeNull();
  });

  it('reads back what it writes, and skips entries that are not a plain file of this folder', () => {
    const pages = new Map([
      ['', './'],
      ['view=beats', 'beats.html'],
      ['view=beats&beat=62', 'beats.beat-62.html'],
    ]);
    expect(parsePrerenderedPages(formatPrerenderedPages(pages))).toEqual(pages);
    expect(parsePrerenderedPages('https://evil.example/x.html?view=a ../up.html?view=b beats.html?view=beats')).toEqual(
      new Map([['view=beats', 'beats.html']]),
    );
  });
});
