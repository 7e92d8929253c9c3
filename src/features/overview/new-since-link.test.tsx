// SYNTHETIC snapshot ids and titles.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import { NewSinceContext, NewSinceLink, type NewSince } from './new-since-link';

function renderWith(value: NewSince | null) {
  return render(
    <NewSinceContext.Provider value={value}>
      <NewSinceLink />
    </NewSinceContext.Provider>,
  );
}

const PREVIOUS = { id: '2098-10', title: 'Synthetic pack, October 2098' };

describe('the overview line on what changed', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('says nothing where there is no snapshot before', () => {
    const { container } = renderWith(null);
    expect(container).toBeEmptyDOMElement();
  });

  it('links to what changed at once, and says how many figures are new once counted', () => {
    const { rerender } = renderWith({ previous: PREVIOUS, href: './?view=changes', count: null, start: () => undefined });
    expect(screen.getByRole('link', { name: 'What changed since Synthetic pack, October 2098' })).toHaveAttribute(
      'href',
      './?view=changes',
    );
    expect(screen.queryByText(/new since then/)).not.toBeInTheDocument();
    rerender(
      <NewSinceContext.Provider value={{ previous: PREVIOUS, href: './?view=changes', count: 346, start: () => undefined }}>
        <NewSinceLink />
      </NewSinceContext.Provider>,
    );
    expect(screen.getByText('346 figures new since then.')).toBeInTheDocument();
  });

  it('starts counting only when the line comes on screen', () => {
    let notify: (entries: { isIntersecting: boolean }[]) => void = () => undefined;
    vi.stubGlobal(
      'IntersectionObserver',
      class {
        constructor(callback: (entries: { isIntersecting: boolean }[]) => void) {
          notify = callback;
        }
        observe() {}
        disconnect() {}
      },
    );
    const start = vi.fn();
    renderWith({ previous: PREVIOUS, href: './?view=changes', count: null, start });
    expect(start).not.toHaveBeenCalled();
    notify([{ isIntersecting: false }]);
    expect(start).not.toHaveBeenCalled();
    notify([{ isIntersecting: true }]);
    expect(start).toHaveBeenCalledTimes(1);
  });
});
