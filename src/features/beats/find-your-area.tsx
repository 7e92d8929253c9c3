import { useId, useMemo, useState } from 'react';
import type { DatasetFile } from '../../data/schema';
import type { Subareas } from '../../data/partnership-areas';
import { subareaName } from '../../data/partnership-areas';
import { findPlaces, placeIndex } from './place-index';

interface Props {
  places: DatasetFile<'places'>;
  subareas: Subareas;
  /** The link to a sub-area's page. */
  linkToBeat: (beat: string) => string;
  /** Opens a sub-area's page, for a search submitted with Enter. */
  openBeat: (beat: string) => void;
}

/** Results shown at most, so the list stays a list rather than a page. */
const MAX_RESULTS = 12;

/**
 * A plain search form with a list of links rather than a combobox: every
 * result is an ordinary link (keyboard, screen reader and middle-click work
 * as anywhere else), the count is announced politely as the list changes, and
 * Enter opens the first match.
 */
export function FindYourArea({ places, subareas, linkToBeat, openBeat }: Props) {
  const id = useId();
  const [query, setQuery] = useState('');
  const index = useMemo(() => placeIndex(places, subareas.areas), [places, subareas]);
  const found = useMemo(() => findPlaces(index, query), [index, query]);
  const example = index[0]?.name;
  const shown = found.slice(0, MAX_RESULTS);
  const typed = query.trim() !== '';
  return (
    <section aria-labelledby={`${id}-title`} className="find-area">
      <h2 id={`${id}-title`}>Find your area</h2>
      <form
        role="search"
        aria-labelledby={`${id}-title`}
        onSubmit={(e) => {
          e.preventDefault();
          const first = found[0]?.beats[0];
          if (first !== undefined) openBeat(first);
        }}
      >
        <label htmlFor={`${id}-q`}>Place, street or village</label>
        <p id={`${id}-hint`} className="field-hint">
          As the documents name it{example ? <>, for example &ldquo;{example}&rdquo;</> : null}; or a {subareas.singular} number.
        </p>
        <div className="find-area__row">
          <input
            id={`${id}-q`}
            type="search"
            value={query}
            autoComplete="off"
            aria-describedby={`${id}-hint ${id}-count`}
            onChange={(e) => setQuery(e.target.value)}
          />
          <button type="submit" className="button-secondary">
            Find
          </button>
        </div>
      </form>
      <p id={`${id}-count`} aria-live="polite" className="find-area__count">
        {typed
          ? found.length === 0
            ? `No place the documents name matches “${query.trim()}”.`
            : `${found.length} ${found.length === 1 ? 'place matches' : 'places match'}${found.length > MAX_RESULTS ? `; the first ${MAX_RESULTS} are shown` : ''}.`
          : ''}
      </p>
      {shown.length > 0 ? (
        <ul className="find-area__results">
          {shown.map((p) => (
            <li key={p.name}>
              {p.name}:{' '}
              {p.beats.map((b, i) => (
                <span key={b}>
                  {i > 0 ? ', ' : null}
                  <a href={linkToBeat(b)}>{subareaName(subareas, b)}</a>
                </span>
              ))}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
