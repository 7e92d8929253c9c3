import { describe, expect, it } from 'vitest';
import { render } from '@testing-library/react';
import { PrintedFilters } from './printed-filters';

describe('PrintedFilters', () => {
  it('names each filter in force by its label, and prints nothing when none is', () => {
    const { container, rerender } = render(
      <PrintedFilters
        filters={[
          { name: 'section', value: 'Synthetic section' },
          { name: 'measure', value: undefined },
          { name: 'period', value: '2098/99' },
        ]}
        count="3 of 9 figures"
      />,
    );
    expect(container.textContent).toBe('Showing: section Synthetic section; period 2098/99; 3 of 9 figures.');
    expect(container.querySelector('p')?.className).toContain('print-only');
    rerender(<PrintedFilters filters={[{ name: 'section', value: '' }]} />);
    expect(container.textContent).toBe('');
  });
});
