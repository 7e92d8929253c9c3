import { describe, expect, it } from 'vitest';
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { preloadable } from './preloadable';

function Counter({ label }: { label: string }) {
  const [count, setCount] = useState(0);
  return (
    <button type="button" onClick={() => setCount((c) => c + 1)}>
      {label}: {count}
    </button>
  );
}

function deferred() {
  let resolve: (c: typeof Counter) => void = () => undefined;
  const promise = new Promise<typeof Counter>((r) => (resolve = r));
  return { promise, resolve };
}

describe('preloadable', () => {
  it('shows the fallback while the code loads, then the component, which keeps its state when the page re-renders', async () => {
    const code = deferred();
    const { View } = preloadable(() => code.promise, <p>Loading…</p>);
    const { rerender } = render(<View label="Clicks" />);
    expect(screen.getByText('Loading…')).toBeInTheDocument();
    await act(async () => code.resolve(Counter));
    await userEvent.click(screen.getByRole('button', { name: 'Clicks: 0' }));
    rerender(<View label="Taps" />);
    expect(screen.getByRole('button', { name: 'Taps: 1' })).toBeInTheDocument();
  });

  it('renders at once, with no fallback, once preloaded', async () => {
    const { View, preload } = preloadable(() => Promise.resolve(Counter), <p>Loading…</p>);
    await preload();
    render(<View label="Clicks" />);
    expect(screen.getByRole('button', { name: 'Clicks: 0' })).toBeInTheDocument();
    expect(screen.queryByText('Loading…')).not.toBeInTheDocument();
  });
});
