import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { NarrowDisclosure } from './narrow-disclosure';

/** A browser with or without `::details-content`, on a screen wide or not (a list that can change width). */
function browser(supportsDetailsContent: boolean, wide: boolean) {
  const listeners = new Set<() => void>();
  const list = {
    matches: wide,
    addEventListener: (_: string, f: () => void) => listeners.add(f),
    removeEventListener: (_: string, f: () => void) => listeners.delete(f),
  };
  vi.stubGlobal('CSS', { supports: (query: string) => supportsDetailsContent && query === 'selector(::details-content)' });
  vi.stubGlobal('matchMedia', (query: string) => (query === 'not screen and (max-width: 40em)' ? list : null));
  return {
    widen: () => {
      list.matches = true;
      for (const f of listeners) f();
    },
  };
}

const disclosure = () => (
  <NarrowDisclosure summary="Snapshot, sources and sharing">
    <button type="button">Copy link</button>
  </NarrowDisclosure>
);
const details = () => screen.getByText('Snapshot, sources and sharing').closest('details');

describe('NarrowDisclosure', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('opens on a wide screen in a browser without ::details-content, where CSS cannot show its controls', () => {
    browser(false, true);
    render(disclosure());
    expect(details()).toHaveAttribute('open');
    expect(screen.getByRole('button', { name: 'Copy link' })).toBeVisible();
  });

  it('stays folded on a phone in such a browser, and opens when the screen becomes wide', () => {
    const { widen } = browser(false, false);
    render(disclosure());
    expect(details()).not.toHaveAttribute('open');
    act(widen);
    expect(details()).toHaveAttribute('open');
  });

  it('is left to CSS where the browser has ::details-content (nothing moves after the prerendered page)', () => {
    browser(true, true);
    render(disclosure());
    expect(details()).not.toHaveAttribute('open');
  });
});
