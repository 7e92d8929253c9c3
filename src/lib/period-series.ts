/**
 * Like-for-like period series. Figures for a year to 5 December and for a
 * full year must never be joined as one line, so periods are grouped by what
 * they cover: their type, and for part-years the day they end.
 */
import type { Period } from './periods';
import { formatDate, MONTHS_LONG, periodKindLabel } from './periods';

export interface PeriodSeries {
  key: string;
  /** e.g. "year to date (1 April to 5 December)". */
  label: string;
  periods: Period[];
}

function dayMonth(iso: string): string {
  const [, m, d] = iso.split('-').map(Number);
  return `${d ?? ''} ${MONTHS_LONG[(m ?? 1) - 1] ?? ''}`;
}

export function seriesKeyOf(p: Period): string {
  switch (p.type) {
    case 'year-to-date':
      return p.endStated ? `ytd-${p.end.slice(5)}` : `ytd-by-${p.end.slice(5)}`;
    // With no stated dates, no two can be shown to be like for like: each stands alone.
    case 'year-as-printed':
    case 'dates-not-stated':
      return `alone-${p.id}`;
    case 'date-range':
      return p.endStated ? `range-${p.start.slice(5)}-${p.end.slice(5)}` : `alone-${p.id}`;
    case 'rolling-12-months':
      return p.endStated ? `r12-${p.end.slice(5)}` : `alone-${p.id}`;
    default:
      return p.type;
  }
}

export function seriesLabelOf(p: Period): string {
  switch (p.type) {
    case 'year-to-date':
      return p.endStated
        ? `year to date (1 April to ${dayMonth(p.end)})`
        : `year to date (end date not stated; no later than ${dayMonth(p.end)})`;
    case 'date-range':
      return p.endStated ? `${dayMonth(p.start)} to ${dayMonth(p.end)}` : p.label;
    case 'rolling-12-months':
      return p.endStated ? `12 months to ${dayMonth(p.end)}` : p.label;
    case 'year-as-printed':
    case 'dates-not-stated':
      return p.label;
    default:
      return periodKindLabel(p.type);
  }
}

/** Groups periods into like-for-like series, the longest first. */
export function groupPeriodSeries(periods: Iterable<Period>): PeriodSeries[] {
  const groups = new Map<string, PeriodSeries>();
  for (const p of periods) {
    const key = seriesKeyOf(p);
    const g = groups.get(key) ?? { key, label: seriesLabelOf(p), periods: [] };
    if (!g.periods.some((q) => q.id === p.id)) g.periods.push(p);
    groups.set(key, g);
  }
  for (const g of groups.values()) g.periods.sort((a, b) => a.start.localeCompare(b.start));
  return [...groups.values()].sort((a, b) => b.periods.length - a.periods.length || a.key.localeCompare(b.key));
}

/** Short x-axis label for a period within a series whose subtitle states the span. */
export function shortPeriodLabel(p: Period): string {
  if (p.financialYear && (p.type === 'financial-year' || p.type === 'year-to-date')) return p.financialYear;
  if (p.type === 'quarter') return p.label.split(' (')[0] ?? p.label;
  if (p.type === 'as-at') return formatDate(p.start);
  return p.label;
}
