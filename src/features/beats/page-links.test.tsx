import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { PageLinks } from './page-links';

// SYNTHETIC areas: a force-sized list.
const AREAS = Array.from({ length: 120 }, (_, i) => ({ code: `S${i + 1}`, label: `Synthetic sector ${i + 1}` }));

describe('PageLinks', () => {
  it('draws a link to every area a step at a time, and re-links every one when the filters change', async () => {
    const { rerender } = render(<PageLinks areas={AREAS} linkTo={(b) => `?view=beats&beat=${b}`} />);
    expect(screen.getAllByRole('link')).toHaveLength(50);
    await waitFor(() => expect(screen.getAllByRole('link')).toHaveLength(120));
    expect(screen.getByRole('link', { name: 'Synthetic sector 120' }).getAttribute('href')).toBe('?view=beats&beat=S120');
    rerender(<PageLinks areas={AREAS} linkTo={(b) => `?view=beats&measure=burglary&beat=${b}`} />);
    await waitFor(() =>
      expect(screen.getAllByRole('link').every((a) => a.getAttribute('href')?.startsWith('?view=beats&measure=burglary&beat='))).toBe(true),
    );
    expect(screen.getAllByRole('link')).toHaveLength(120);
  });

  it('draws nothing before the links are known, and a short list whole', () => {
    const { rerender } = render(<PageLinks areas={AREAS.slice(0, 10)} linkTo={null} />);
    expect(screen.queryAllByRole('link')).toHaveLength(0);
    rerender(<PageLinks areas={AREAS.slice(0, 10)} linkTo={(b) => `#${b}`} />);
    expect(screen.getAllByRole('link')).toHaveLength(10);
  });

  it('gives a link not yet re-linked the current filters as soon as it is focused, pointed at or clicked', async () => {
    const { rerender } = render(<PageLinks areas={AREAS} linkTo={(b) => `?view=beats&beat=${b}`} />);
    await waitFor(() => expect(screen.getAllByRole('link')).toHaveLength(120));
    rerender(<PageLinks areas={AREAS} linkTo={(b) => `?view=beats&measure=burglary&beat=${b}`} />);
    // The last steps are re-linked only when the browser is next idle: used before then, each link is already current.
    const focused = screen.getByRole('link', { name: 'Synthetic sector 120' });
    fireEvent.focus(focused);
    expect(focused.getAttribute('href')).toBe('?view=beats&measure=burglary&beat=S120');
    const pointed = screen.getByRole('link', { name: 'Synthetic sector 119' });
    fireEvent.mouseOver(pointed);
    expect(pointed.getAttribute('href')).toBe('?view=beats&measure=burglary&beat=S119');
    const clicked = screen.getByRole('link', { name: 'Synthetic sector 118' });
    fireEvent.click(clicked);
    expect(clicked.getAttribute('href')).toBe('?view=beats&measure=burglary&beat=S118');
    const dragged = screen.getByRole('link', { name: 'Synthetic sector 117' });
    fireEvent.dragStart(dragged);
    expect(dragged.getAttribute('href')).toBe('?view=beats&measure=burglary&beat=S117');
  });

  it('gives a link the filters now in force where the links drawn follow them in the background', () => {
    render(<PageLinks areas={AREAS.slice(0, 10)} linkTo={(b) => `?old&beat=${b}`} linkNow={(b) => `?new&beat=${b}`} />);
    const link = screen.getByRole('link', { name: 'Synthetic sector 3' });
    fireEvent.focus(link);
    expect(link.getAttribute('href')).toBe('?new&beat=S3');
  });
});
