import { describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import { ViewBoundary } from './view-boundary';
import { EmbeddedContext } from './embedded';
import { ChunkLoadError } from '../../lib/chunk-error';

function Throws({ error }: { error: unknown }): never {
  throw error;
}

function renderFailing(error: unknown, embedded = false) {
  // React reports caught errors to the console too; the boundary's own message is what the reader sees.
  const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);
  const result = render(
    <EmbeddedContext.Provider value={embedded}>
      <header>Site header</header>
      <ViewBoundary>
        <Throws error={error} />
      </ViewBoundary>
    </EmbeddedContext.Provider>,
  );
  quiet.mockRestore();
  return result;
}

describe('the view error boundary', () => {
  it('shows a render error in plain words, keeps the page around it, and offers a reload', () => {
    renderFailing(new Error('secret internals'));
    expect(screen.getByRole('alert')).toHaveTextContent('This view could not be shown');
    expect(screen.getByRole('alert')).not.toHaveTextContent('secret internals');
    expect(screen.getByRole('button', { name: 'Reload' })).toBeInTheDocument();
    expect(screen.getByText('Site header')).toBeInTheDocument();
    expect(document.activeElement).toBe(screen.getByRole('alert'));
  });

  it('says the dashboard was updated when a view chunk fails to load', () => {
    renderFailing(new ChunkLoadError(new TypeError('Failed to fetch dynamically imported module: /assets/beats-view-abc.js')));
    expect(screen.getByRole('alert')).toHaveTextContent(
      'The dashboard has been updated since this page was loaded: reload to see the latest version.',
    );
  });

  it("recognises the browser's own message for a failed import", () => {
    renderFailing(new TypeError('Failed to fetch dynamically imported module: /assets/x.js'));
    expect(screen.getByRole('alert')).toHaveTextContent('The dashboard has been updated');
  });

  it('never takes focus inside an embed', () => {
    renderFailing(new Error('boom'), true);
    expect(screen.getByRole('alert')).toHaveTextContent('This view could not be shown');
    expect(document.activeElement).toBe(document.body);
  });

  it('renders its children when nothing fails', () => {
    render(
      <ViewBoundary>
        <p>The view</p>
      </ViewBoundary>,
    );
    expect(screen.getByText('The view')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
