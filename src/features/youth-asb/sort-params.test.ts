import { describe, expect, it } from 'vitest';
import { expectEverySortRoundTrips } from '../../../test/unit/sort-round-trip';
import { readParams, writeParams } from '../../lib/url-state';
import { ASB_FIGURE_COLUMNS } from './asb-figure-columns';
import { YOUTH_ASB_PARAMS } from './params';
import { SECTION_IDS } from './sections';

describe("every sortable column of each section's table round-trips through the URL", () => {
  it.each(SECTION_IDS)('sort.%s', (section) => {
    expectEverySortRoundTrips(YOUTH_ASB_PARAMS, { family: 'sort', table: section }, ASB_FIGURE_COLUMNS);
  });

  it("keeps one section's sort apart from another's", () => {
    const values = { sort: { jag: { column: 'value', descending: true }, diversion: { column: 'period', descending: false } } };
    const written = writeParams(values, YOUTH_ASB_PARAMS);
    expect(written.toString()).toBe('sort.diversion=period&sort.jag=-value');
    expect(readParams(written, YOUTH_ASB_PARAMS).values.sort).toEqual(values.sort);
  });
});
