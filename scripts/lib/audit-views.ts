/**
 * The pages `npm run audit` measures: every view's default state (the meeting
 * pack and what changed included), and the
 * page of the partnership's first sub-area as the beats view links to it
 * (read from the published profile, so no partnership's codes are written
 * here). Each is audited at the address the app's own links give it: its
 * prerendered file where the build wrote one, `./?query` otherwise (as in
 * builds from before prerendering, so the two can be compared).
 */
import { partnershipSchema } from '../../src/data/partnership.ts';
import { parsePrerenderedPages, PRERENDERED_PAGES_META } from '../../src/app/prerendered-pages.ts';

export interface AuditedView {
  name: string;
  /** Relative to the app's root. */
  path: string;
}

export function auditedViews(profileJson: string, indexHtml: string, only?: readonly string[]): AuditedView[] {
  const profile = partnershipSchema.parse(JSON.parse(profileJson));
  const first = profile.areas.find((a) => a.type === profile.subareas.type);
  const crime = profile.crimeTypes[0];
  const meta = new RegExp(`<meta name="${PRERENDERED_PAGES_META}" content="([^"]*)"`).exec(indexHtml)?.[1] ?? '';
  const pages = parsePrerenderedPages(meta.replaceAll('&amp;', '&').replaceAll('&#38;', '&'));
  const at = (query: string) => {
    const file = pages.get(query) ?? './';
    return query === '' ? file : `${file}?${query}`;
  };
  const subareaPage = first
    ? `view=beats&beat=${encodeURIComponent(first.code)}${crime === undefined ? '' : `&crime=${encodeURIComponent(crime)}`}`
    : null;
  const views: AuditedView[] = [
    { name: 'overview', path: at('') },
    { name: 'beats', path: at('view=beats') },
    ...(subareaPage ? [{ name: `${profile.subareas.singular} page`, path: at(subareaPage) }] : []),
    { name: 'family group', path: at('view=family-group') },
    { name: 'youth ASB', path: at('view=youth-asb') },
    { name: 'actions', path: at('view=actions') },
    { name: 'scorecards', path: at('view=scorecards') },
    { name: 'data downloads', path: at('view=data') },
    // Prerendered only in part (their lists and sections are drawn in the browser): see NOT_PRERENDERED in src/app/routes.tsx.
    { name: 'what changed', path: at('view=changes') },
    { name: 'meeting pack', path: at('view=pack') },
  ];
  if (!only) return views;
  const unknown = only.filter((n) => !views.some((v) => v.name === n));
  if (unknown.length > 0)
    throw new Error(`--views: no view named ${unknown.join(', ')}; the views are ${views.map((v) => v.name).join(', ')}`);
  return views.filter((v) => only.includes(v.name));
}
