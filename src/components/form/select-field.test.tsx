import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SelectField } from './select-field';

// SYNTHETIC options.
const OPTIONS = [
  { value: 'north', label: 'North (synthetic)' },
  { value: 'south', label: 'South (synthetic)' },
];

/** The field under a parent that keeps its value, as the views keep theirs in the URL. */
function Field({ onChange, allLabel, initial = '' }: { onChange: (v: string) => void; allLabel?: string; initial?: string }) {
  const [value, setValue] = useState(initial);
  return (
    <SelectField
      id="synthetic-area"
      label="Area"
      value={value}
      options={OPTIONS}
      allLabel={allLabel}
      onChange={(v) => {
        onChange(v);
        setValue(v);
      }}
    />
  );
}

describe('the select field', () => {
  it('is a native select named by its label, listing the options in order', () => {
    render(<Field onChange={() => undefined} initial="south" />);
    const select = screen.getByRole('combobox', { name: 'Area' });
    expect(
      within(select)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['North (synthetic)', 'South (synthetic)']);
    expect(select).toHaveValue('south');
    expect(screen.getByRole('option', { name: 'South (synthetic)' })).toHaveProperty('selected', true);
  });

  it('offers a first, empty "all" choice when it is optional', () => {
    render(<Field onChange={() => undefined} allLabel="All areas" />);
    const options = within(screen.getByRole('combobox', { name: 'Area' })).getAllByRole('option');
    expect(options.map((o) => [o.textContent, o.getAttribute('value')])).toEqual([
      ['All areas', ''],
      ['North (synthetic)', 'north'],
      ['South (synthetic)', 'south'],
    ]);
    expect(screen.getByRole('combobox', { name: 'Area' })).toHaveValue('');
  });

  // Keyboard use is the native select's own (jsdom does not model it); the browser tests drive it.
  it('reports each chosen value once', async () => {
    const onChange = vi.fn();
    render(<Field onChange={onChange} allLabel="All areas" />);
    const select = screen.getByRole('combobox', { name: 'Area' });
    await userEvent.selectOptions(select, 'South (synthetic)');
    expect(onChange).toHaveBeenLastCalledWith('south');
    expect(select).toHaveValue('south');
    await userEvent.selectOptions(select, 'North (synthetic)');
    expect(onChange).toHaveBeenLastCalledWith('north');
    await userEvent.selectOptions(select, 'All areas');
    expect(onChange).toHaveBeenLastCalledWith('');
    expect(select).toHaveValue('');
    expect(onChange).toHaveBeenCalledTimes(3);
  });
});
