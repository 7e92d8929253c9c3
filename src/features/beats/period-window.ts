/**
 * How many period columns the trend table draws. At force scale a series
 * runs to 120 months, and a table of 120 columns is slow to sort and lay out
 * and is read a screen at a time anyway: the table then draws the newest
 * periods, with a control to draw them all; the download always has every
 * period. Pure, so the rule is tested apart from the page.
 */

/** A year of months, or three years of quarters: longer than the series a partnership's own documents print (eight periods at most in the bundled ones), so those tables are drawn whole. */
export const PERIODS_SHOWN = 12;

export interface PeriodWindow {
  /** The series has more periods than are drawn by default. */
  windowed: boolean;
  /** Every period is drawn, because the reader asked or because the table is sorted by one outside the window. */
  expanded: boolean;
  /** Expanded because the sort (from a link, say) names an older period, so the column sorted by is on screen. */
  forced: boolean;
  /** How many periods are drawn, and of how many. */
  shown: number;
  total: number;
}

export function periodWindow(periodIds: readonly string[], sortColumn: string | null, showAll: boolean): PeriodWindow {
  const total = periodIds.length;
  const windowed = total > PERIODS_SHOWN;
  const older = new Set(periodIds.slice(0, Math.max(0, total - PERIODS_SHOWN)));
  const forced = windowed && !showAll && sortColumn !== null && older.has(sortColumn);
  const expanded = !windowed || showAll || forced;
  return { windowed, expanded, forced, shown: expanded ? total : PERIODS_SHOWN, total };
}
