import { describe, expect, it } from 'vitest';
import { period } from '../../../test/unit/fixtures';
import { listedChanges, packSections, periodsSpan } from './pack-selectors';

describe('packSections', () => {
  it('numbers the sections in order and names the sub-area section from the profile', () => {
    const sections = packSections({ subareasTitle: 'Wards', hasEarlier: true });
    expect(sections.map((s) => s.heading)).toEqual([
      '1. Overview',
      '2. Wards',
      '3. Family group',
      '4. Youth and anti-social behaviour',
      '5. Actions',
      '6. Recommendations',
      '7. Data notes',
      '8. New since the last pack',
      '9. Sources',
    ]);
  });

  it('leaves out "new since the last pack" when there is no earlier snapshot, and renumbers', () => {
    const sections = packSections({ subareasTitle: 'Beats', hasEarlier: false });
    expect(sections.map((s) => s.id)).not.toContain('new-since');
    expect(sections.at(-1)?.heading).toBe('8. Sources');
  });
});

describe('periodsSpan', () => {
  it('runs from the earliest first day to the latest last day', () => {
    // SYNTHETIC periods.
    expect(periodsSpan([period('fy2097-98'), period('fy2098-99-q2'), period('fy2096-97')])).toBe('1 Apr 2096 to 30 Sep 2098');
  });

  it('leaves out first and last days the documents do not print', () => {
    // SYNTHETIC: a count "to date" has no printed first day; its placeholder start is never shown.
    const undated = { ...period('fy2097-98'), start: '2090-01-01', startStated: false, end: '2099-12-31', endStated: false };
    expect(periodsSpan([undated, period('fy2098-99')])).toBe('1 Apr 2098 to 31 Mar 2099');
  });

  it('is null with no periods', () => {
    expect(periodsSpan([])).toBeNull();
  });
});

describe('listedChanges', () => {
  it('lists revisions, withdrawn figures and new actions and recommendations, not new figures or notes', () => {
    const rows = (['new', 'revised', 'new-note', 'new-action', 'no-longer-published', 'new-recommendation'] as const).map((kind) => ({
      kind,
    }));
    expect(listedChanges(rows).map((r) => r.kind)).toEqual(['revised', 'new-action', 'no-longer-published', 'new-recommendation']);
  });
});
