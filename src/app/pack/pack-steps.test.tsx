import { afterEach, describe, expect, it } from 'vitest';
import { render, renderHook, screen } from '@testing-library/react';
import { useRef } from 'react';
import { sectionInAddress, useDrawnSections } from './pack-steps';
import { PackIncomplete } from './pack-incomplete';

const IDS = ['pack-overview', 'pack-notes', 'pack-sources'];

describe('sectionInAddress', () => {
  it('finds the section the address names', () => {
    expect(sectionInAddress(IDS, '#pack-notes')).toBe(1);
    expect(sectionInAddress(IDS, '#pack-%73ources')).toBe(2);
    expect(sectionInAddress(IDS, '')).toBe(-1);
  });

  it('takes a hash that does not decode as naming no section, rather than throwing', () => {
    expect(sectionInAddress(IDS, '#%')).toBe(-1);
    expect(sectionInAddress(IDS, '#%E0%A4')).toBe(-1);
  });
});

describe('useDrawnSections', () => {
  afterEach(() => {
    window.location.hash = '';
  });

  it('opens with a malformed hash in the address', () => {
    window.location.hash = '#%E0%A4';
    const { result } = renderHook(() => useDrawnSections(IDS, () => true, useRef<HTMLElement>(null)));
    expect(result.current.drawn).toBeGreaterThanOrEqual(0);
  });
});

describe('PackIncomplete', () => {
  it('says how many sections the printout holds', () => {
    render(<PackIncomplete drawn={2} total={9} chartsMissing={0} />);
    expect(screen.getByText(/sections were drawn when it was printed/).textContent).toBe(
      'This printout is incomplete: 2 of 9 sections were drawn when it was printed. Wait until the page says the pack is ready to print, and print again.',
    );
  });

  it('says when charts were not drawn yet', () => {
    render(<PackIncomplete drawn={9} total={9} chartsMissing={3} />);
    expect(screen.getByText(/charts were not drawn yet/).textContent).toMatch(
      /9 of 9 sections were drawn, and 3 charts were not drawn yet, when/,
    );
  });
});
