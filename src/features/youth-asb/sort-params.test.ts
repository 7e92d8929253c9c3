import { describe, expect, it } from 'vitest';
import { expectEverySortRoundTrips } from '../../../test/unit/sort-round-trip';
import { readParams, writeParams } from '../../lib/url-state';
import { ASB_FIGURE_COLUMNS } from './asb-figure-columns';
import { SYNTHETIC_PARTNERSHIP } from '../../../test/unit/fixtures';
import type { Partnership } from '../../data/partnership';
import { youthAsbParams } from './params';
import { asbLayout, sectionIds } from './sections';

// SYNTHETIC: a made-up partnership's ASB sections, as its profile's asb-sections.csv would list them.
const PARTNERSHIP: Partnership = {
  ...SYNTHETIC_PARTNERSHIP,
  asbSections: [
    { id: 'youth-asb', title: 'Youth ASB', measures: ['youth-asb-records'] },
    { id: 'jag', title: 'Synthetic JAG', measures: ['youth-jag-cases'] },
    { id: 'diversion', title: 'Synthetic diversion', measures: ['diversionary-activity-young-people'] },
  ],
};
// The spec the route uses: built from the profile, with each section's sort key.
const YOUTH_ASB_PARAMS = youthAsbParams(PARTNERSHIP);
const SECTION_IDS = sectionIds(asbLayout(PARTNERSHIP));

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

  it("reports the sort of a section the partnership's profile does not have", () => {
    expect(SECTION_IDS).toEqual(['youth-asb', 'jag', 'diversion', 'other']);
    const { values, problems } = readParams('sort.county-lines=value', YOUTH_ASB_PARAMS);
    expect(values.sort).toEqual({});
    expect(problems.map((p) => p.key)).toEqual(['sort.county-lines']);
  });
});
