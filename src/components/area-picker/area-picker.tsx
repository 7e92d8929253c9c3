import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import './area-picker.css';

export interface AreaOption {
  value: string;
  label: string;
}

interface Props {
  label: string;
  /** Names the areas in messages: "sectors". */
  plural: string;
  options: readonly AreaOption[];
  selected: readonly string[];
  onChange: (selected: string[]) => void;
  /** Hint under the label, e.g. what choosing does. */
  hint?: string;
}

/** Options listed at once: typing narrows a long list, and a listbox of 150 is no use to anyone. */
const LISTED = 50;

/**
 * A searchable multi-select for a long list of areas, hand-written after
 * the WAI-ARIA editable combobox with list autocomplete: typing narrows the
 * listbox, arrow keys move through it, Enter adds or removes the active
 * area, Escape closes it. Chosen areas are removable chips (buttons), so
 * every choice is visible and undone with one key.
 */
export function AreaPicker({ label, plural, options, selected, onChange, hint }: Props) {
  const id = useId();
  const listId = `${id}-list`;
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  // -1: no option is active until the arrow keys move into the list.
  const [active, setActive] = useState(-1);
  const matches = useMemo(() => {
    const q = text.trim().toLowerCase();
    return q === '' ? options : options.filter((o) => o.label.toLowerCase().includes(q) || o.value.toLowerCase().includes(q));
  }, [options, text]);
  const listed = matches.slice(0, LISTED);
  const activeOption = open && active >= 0 ? listed[Math.min(active, listed.length - 1)] : undefined;
  const labelOf = (value: string) => options.find((o) => o.value === value)?.label ?? value;

  const toggle = (value: string) => {
    onChange(selected.includes(value) ? selected.filter((v) => v !== value) : [...selected, value]);
  };
  const move = (to: number) => {
    setOpen(true);
    setActive(Math.max(0, Math.min(listed.length - 1, to)));
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      move(open ? active + 1 : 0);
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      move(open && active > 0 ? active - 1 : listed.length - 1);
    } else if (e.key === 'Enter') {
      // Inside a form, Enter would submit it: here it chooses.
      e.preventDefault();
      if (activeOption) toggle(activeOption.value);
    } else if (e.key === 'Escape') {
      if (open) setOpen(false);
      else setText('');
    }
  };

  return (
    <div className="area-picker field">
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p className="field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      <input
        id={id}
        type="text"
        role="combobox"
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={listId}
        aria-describedby={hint ? `${id}-hint` : undefined}
        aria-activedescendant={activeOption ? `${id}-opt-${activeOption.value}` : undefined}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          setActive(-1);
          setOpen(true);
        }}
        onKeyDown={onKeyDown}
        onClick={() => setOpen(true)}
        onBlur={() => setOpen(false)}
      />
      <ul id={listId} role="listbox" aria-label={label} aria-multiselectable="true" className="area-picker__list" hidden={!open}>
        {/* Closed, the list holds nothing: every render of the view around it would otherwise rebuild 50 hidden options. */}
        {(open ? listed : []).map((o, i) => (
          <li
            key={o.value}
            id={`${id}-opt-${o.value}`}
            role="option"
            aria-selected={selected.includes(o.value)}
            className={o === activeOption ? 'area-picker__option is-active' : 'area-picker__option'}
            // Keeps the focus in the box, so the list stays open for the next choice.
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => {
              setActive(i);
              toggle(o.value);
            }}
          >
            <span aria-hidden="true">{selected.includes(o.value) ? '✓ ' : ''}</span>
            {o.label}
          </li>
        ))}
      </ul>
      <p role="status" className="visually-hidden">
        {open
          ? `${matches.length} ${matches.length === 1 ? 'match' : 'matches'}${matches.length > LISTED ? `, the first ${LISTED} listed` : ''}`
          : ''}
      </p>
      {open && matches.length > LISTED ? (
        <p className="field-hint">
          Showing the first {LISTED} of {matches.length} {plural}: type to narrow the list.
        </p>
      ) : null}
      {open && matches.length === 0 ? (
        <p className="field-hint">
          No {plural} match &ldquo;{text}&rdquo;.
        </p>
      ) : null}
      {selected.length > 0 ? (
        <ul className="area-picker__chips" aria-label={`Chosen ${plural}`}>
          {selected.map((value) => (
            <li key={value}>
              <button type="button" className="area-picker__chip" aria-label={`Remove ${labelOf(value)}`} onClick={() => toggle(value)}>
                {labelOf(value)}
                <span aria-hidden="true"> ×</span>
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
