/**
 * The page's title (the document's <title>, prerendered and set as the view
 * changes): what the page shows, then the view, then the partnership, so a
 * tab, a bookmark or a screen reader names the place first. A sub-area is
 * named as the profile names it ("57 Mountsorrel") and a crime type as the
 * snapshot's vocabulary does; a URL value neither knows never reaches the title.
 */
import type { Partnership } from '../data/partnership';
import { subareaName, subareasOf } from '../data/partnership-areas';
import { readParams } from '../lib/url-state';
import { beatParams } from '../features/beats/params';
import { FAMILY_PARAMS } from '../features/family-group/params';
import { pageTitle, type ViewId } from './params';

/** What a drill-down page shows, or null for a view's own page. */
function subject(partnership: Partnership, view: ViewId, search: string, measures: ReadonlyMap<string, string>): string | null {
  if (view === 'beats') {
    const { beat, crime } = readParams(search, beatParams(partnership)).values;
    if (beat === '') return null;
    const place = subareaName(subareasOf(partnership), beat);
    const crimeName = measures.get(crime);
    return crimeName ? `${crimeName} in ${place}` : place;
  }
  if (view === 'family-group') {
    return measures.get(readParams(search, FAMILY_PARAMS).values.measure) ?? null;
  }
  return null;
}

/** `measures`: crime type names by id, from the snapshot's vocabulary (empty while it loads). */
export function pageTitleOf(partnership: Partnership, view: ViewId, search: string, measures: ReadonlyMap<string, string>): string {
  const viewTitle = pageTitle(partnership, view);
  const what = subject(partnership, view, search, measures);
  return what ? `${what} – ${viewTitle}` : viewTitle;
}
