import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { AreaPicker, type AreaOption } from './area-picker';

// SYNTHETIC: 60 made-up sectors.
const OPTIONS: AreaOption[] = Array.from({ length: 60 }, (_, i) => ({ value: `s${i + 1}`, label: `Synthetic sector ${i + 1}` }));

function Harness({ initial = [] }: { initial?: string[] }) {
  const [selected, setSelected] = useState<string[]>(initial);
  return <AreaPicker label="Sectors to draw" plural="sectors" options={OPTIONS} selected={selected} onChange={setSelected} />;
}

describe('AreaPicker', () => {
  it('finds an area by typing and adds it with Enter, as a removable chip', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    const box = screen.getByRole('combobox', { name: 'Sectors to draw' });
    await user.type(box, 'sector 42');
    expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual(['Synthetic sector 42']);
    expect(screen.getByRole('status')).toHaveTextContent('1 match');
    await user.keyboard('{ArrowDown}{Enter}');
    expect(screen.getByRole('list', { name: 'Chosen sectors' })).toHaveTextContent('Synthetic sector 42');
    expect(screen.getByRole('option', { name: /Synthetic sector 42/ })).toHaveAttribute('aria-selected', 'true');
  });

  it('moves through the list with the arrow keys, naming the active option to screen readers', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    const box = screen.getByRole('combobox', { name: 'Sectors to draw' });
    await user.click(box);
    expect(box).toHaveAttribute('aria-expanded', 'true');
    await user.keyboard('{ArrowDown}{ArrowDown}');
    const active = box.getAttribute('aria-activedescendant') ?? '';
    expect(document.getElementById(active)).toHaveTextContent('Synthetic sector 2');
    await user.keyboard('{Enter}{Escape}');
    expect(box).toHaveAttribute('aria-expanded', 'false');
    expect(screen.getByRole('button', { name: 'Remove Synthetic sector 2' })).toBeInTheDocument();
  });

  it('lists at most 50 at once and says how to narrow a long list', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await user.click(screen.getByRole('combobox', { name: 'Sectors to draw' }));
    expect(screen.getAllByRole('option')).toHaveLength(50);
    expect(screen.getByText(/Showing the first 50 of 60 sectors: type to narrow the list/)).toBeInTheDocument();
  });

  it('removes a chosen area when its chip is pressed', async () => {
    const user = userEvent.setup();
    render(<Harness initial={['s3', 's7']} />);
    await user.click(screen.getByRole('button', { name: 'Remove Synthetic sector 3' }));
    const chips = screen.getByRole('list', { name: 'Chosen sectors' });
    expect(chips).not.toHaveTextContent('Synthetic sector 3');
    expect(chips).toHaveTextContent('Synthetic sector 7');
  });
});
