import { describe, expect, it } from 'vitest';
import { SYNTHETIC_PARTNERSHIP } from '../../test/unit/fixtures';
import { pageTitleOf } from './page-title';

// SYNTHETIC names: a made-up partnership and vocabulary.
const MEASURES = new Map([
  ['burglary-residential', 'Burglary – residential'],
  ['robbery', 'Robbery'],
]);
const title = (view: Parameters<typeof pageTitleOf>[1], search: string, measures = MEASURES) =>
  pageTitleOf(SYNTHETIC_PARTNERSHIP, view, search, measures);

describe('page titles', () => {
  it("name the view and the partnership on a view's own page", () => {
    expect(title('beats', '?view=beats')).toBe('Ward trends – Synthetic Vale Community Safety Partnership');
    expect(title('actions', '?view=actions&owner=someone')).toBe('Actions – Synthetic Vale Community Safety Partnership');
  });

  it("name a sub-area's page by its number and short place name, and a drill-down's crime type, from data", () => {
    expect(title('beats', '?view=beats&beat=w1')).toBe('w1 Northtown – Ward trends – Synthetic Vale Community Safety Partnership');
    expect(title('beats', '?view=beats&beat=w3')).toBe('Ward Three – Ward trends – Synthetic Vale Community Safety Partnership');
    expect(title('beats', '?view=beats&beat=w2&crime=robbery&period=x')).toBe(
      'Robbery in w2 Southtown – Ward trends – Synthetic Vale Community Safety Partnership',
    );
    expect(title('family-group', '?view=family-group&measure=burglary-residential')).toBe(
      'Burglary – residential – Family group – Synthetic Vale Community Safety Partnership',
    );
  });

  it('never write a URL value that the data does not name', () => {
    expect(title('beats', '?view=beats&beat=w9')).toBe('Ward trends – Synthetic Vale Community Safety Partnership');
    expect(title('beats', '?view=beats&beat=w1&crime=made-up')).toBe(
      'w1 Northtown – Ward trends – Synthetic Vale Community Safety Partnership',
    );
    expect(title('family-group', '?view=family-group&measure=made-up')).toBe('Family group – Synthetic Vale Community Safety Partnership');
    // While the vocabulary loads, the crime type is left out rather than shown as its id.
    expect(title('beats', '?view=beats&beat=w1&crime=robbery', new Map())).toBe(
      'w1 Northtown – Ward trends – Synthetic Vale Community Safety Partnership',
    );
  });
});
