/**
 * Period ids are self-describing strings (see data/README.md), so a figure's
 * period can be checked and labelled without a lookup table. Everything here
 * is pure and works on ISO dates (YYYY-MM-DD) as strings, never on Date
 * objects, so results cannot depend on the machine's time zone.
 */

export type PeriodType =
  | 'financial-year'
  | 'year-to-date'
  | 'quarter'
  | 'rolling-12-months'
  | 'as-at'
  | 'month'
  | 'calendar-year'
  | 'date-range'
  | 'year-as-printed'
  | 'dates-not-stated';

export interface Period {
  id: string;
  type: PeriodType;
  /**
   * First day covered (inclusive); for `as-at`, the date itself. Where
   * `startStated` is false the document gives no first day, and this is only
   * a date to order and place the period by.
   */
  start: string;
  /**
   * Last day covered (inclusive); for `as-at`, the date itself. Where
   * `endStated` is false the document gives no last day, and this is the
   * latest it can be (an upper bound), never a date the document states.
   */
  end: string;
  /** Whether the document states the first day (or says enough to fix it: a named financial year, quarter or month). */
  startStated: boolean;
  /** Whether the document states the last day; false for an end known only as an upper bound. */
  endStated: boolean;
  /** The financial year a period belongs to, e.g. `2023/24`, where it has one. */
  financialYear: string | null;
  label: string;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
export const MONTHS_LONG = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

const DATE = String.raw`(\d{4})-(\d{2})-(\d{2})`;
const FY = String.raw`fy(\d{4})-(\d{2})`;

function isValidDate(iso: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1) return false;
  return d <= daysInMonth(y, mo);
}

function daysInMonth(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function parts(iso: string): { y: number; m: number; d: number } {
  const [y, m, d] = iso.split('-').map(Number);
  return { y: y ?? 0, m: m ?? 0, d: d ?? 0 };
}

/** "5 Dec 2023"; with `withYear` false, "5 Dec". */
export function formatDate(iso: string, withYear = true): string {
  const { y, m, d } = parts(iso);
  const month = MONTHS[m - 1] ?? '';
  return withYear ? `${d} ${month} ${y}` : `${d} ${month}`;
}

/** "1 Apr to 5 Dec 2023", dropping the first year when both ends share it. */
export function formatRange(start: string, end: string): string {
  const sameYear = start.slice(0, 4) === end.slice(0, 4);
  return `${formatDate(start, !sameYear)} to ${formatDate(end)}`;
}

function fyLabel(startYear: number): string {
  return `${startYear}/${pad((startYear + 1) % 100)}`;
}

function checkFyPair(startYear: number, endTwoDigits: number): boolean {
  return (startYear + 1) % 100 === endTwoDigits;
}

/** The financial year (April to March) containing a date, as its start year. */
export function financialYearOf(iso: string): number {
  const { y, m } = parts(iso);
  return m >= 4 ? y : y - 1;
}

function addDays(iso: string, days: number): string {
  let { y, m, d } = parts(iso);
  d += days;
  while (d < 1) {
    m -= 1;
    if (m < 1) {
      m = 12;
      y -= 1;
    }
    d += daysInMonth(y, m);
  }
  while (d > daysInMonth(y, m)) {
    d -= daysInMonth(y, m);
    m += 1;
    if (m > 12) {
      m = 1;
      y += 1;
    }
  }
  return `${y}-${pad(m)}-${pad(d)}`;
}

function lastDayOfMonth(y: number, m: number): string {
  return `${y}-${pad(m)}-${pad(daysInMonth(y, m))}`;
}

export type ParseResult = { ok: true; period: Period } | { ok: false; reason: string };

type Fields = Omit<Period, 'startStated' | 'endStated'>;

function stated(p: Fields): ParseResult {
  return { ok: true, period: { ...p, startStated: true, endStated: true } };
}

/** The words every label uses for an end that is only an upper bound. */
function notStated(bound: string | null): string {
  return bound === null ? 'end date not stated' : `end date not stated; no later than ${formatDate(bound)}`;
}

/** Parses a period id; the reason says what is wrong in plain words. */
export function parsePeriodId(id: string): ParseResult {
  const fail = (reason: string): ParseResult => ({ ok: false, reason: `period "${id}": ${reason}` });
  let m: RegExpExecArray | null;

  if ((m = new RegExp(`^${FY}$`).exec(id))) {
    const y = Number(m[1]);
    if (!checkFyPair(y, Number(m[2]))) return fail('the two years of a financial year must be consecutive');
    const start = `${y}-04-01`;
    const end = `${y + 1}-03-31`;
    return stated({
      id,
      type: 'financial-year',
      start,
      end,
      financialYear: fyLabel(y),
      label: `${fyLabel(y)} (${formatRange(start, end)})`,
    });
  }

  if ((m = new RegExp(`^${FY}-ytd-${DATE}$`).exec(id))) {
    const y = Number(m[1]);
    if (!checkFyPair(y, Number(m[2]))) return fail('the two years of a financial year must be consecutive');
    const end = `${m[3]}-${m[4]}-${m[5]}`;
    if (!isValidDate(end)) return fail(`"${end}" is not a date`);
    if (financialYearOf(end) !== y) return fail(`${end} is not in financial year ${fyLabel(y)}`);
    const start = `${y}-04-01`;
    return stated({
      id,
      type: 'year-to-date',
      start,
      end,
      financialYear: fyLabel(y),
      label: `${fyLabel(y)} year to date (${formatRange(start, end)})`,
    });
  }

  // A year to date whose last day the document does not print: `-by-DATE`
  // gives the latest it can be (e.g. the meeting it was presented at);
  // `-unstated` knows no bound tighter than the end of the financial year.
  if ((m = new RegExp(`^${FY}-ytd-(?:by-${DATE}|unstated)$`).exec(id))) {
    const y = Number(m[1]);
    if (!checkFyPair(y, Number(m[2]))) return fail('the two years of a financial year must be consecutive');
    const bound = m[3] === undefined ? null : `${m[3]}-${m[4]}-${m[5]}`;
    if (bound !== null && !isValidDate(bound)) return fail(`"${bound}" is not a date`);
    if (bound !== null && financialYearOf(bound) !== y) return fail(`${bound} is not in financial year ${fyLabel(y)}`);
    return {
      ok: true,
      period: {
        id,
        type: 'year-to-date',
        start: `${y}-04-01`,
        end: bound ?? `${y + 1}-03-31`,
        startStated: true,
        endStated: false,
        financialYear: fyLabel(y),
        label: `${fyLabel(y)} year to date (${notStated(bound)})`,
      },
    };
  }

  if ((m = new RegExp(`^${FY}-q([1-4])$`).exec(id))) {
    const y = Number(m[1]);
    if (!checkFyPair(y, Number(m[2]))) return fail('the two years of a financial year must be consecutive');
    const q = Number(m[3]);
    const startMonth = 4 + (q - 1) * 3; // 4, 7, 10, 13
    const sy = startMonth > 12 ? y + 1 : y;
    const sm = startMonth > 12 ? startMonth - 12 : startMonth;
    const start = `${sy}-${pad(sm)}-01`;
    const end = lastDayOfMonth(sy, sm + 2);
    return stated({
      id,
      type: 'quarter',
      start,
      end,
      financialYear: fyLabel(y),
      label: `Q${q} ${fyLabel(y)} (${formatRange(start, end)})`,
    });
  }

  if ((m = new RegExp(`^r12-(by-)?${DATE}$`).exec(id))) {
    const bounded = m[1] !== undefined;
    const end = `${m[2]}-${m[3]}-${m[4]}`;
    if (!isValidDate(end)) return fail(`"${end}" is not a date`);
    const { y, m: mo } = parts(end);
    // Twelve months ending on `end` start the day after the same date a year before.
    const yearBefore = `${y - 1}-${pad(mo)}-${pad(Math.min(parts(end).d, daysInMonth(y - 1, mo)))}`;
    const start = addDays(yearBefore, 1);
    if (bounded) {
      // "The last 12 months" in a document that does not say when they ended.
      return {
        ok: true,
        period: {
          id,
          type: 'rolling-12-months',
          start,
          end,
          startStated: false,
          endStated: false,
          financialYear: null,
          label: `12 months (${notStated(end)})`,
        },
      };
    }
    return stated({
      id,
      type: 'rolling-12-months',
      start,
      end,
      financialYear: null,
      label: `12 months to ${formatDate(end)} (${formatRange(start, end)})`,
    });
  }

  if ((m = new RegExp(`^asat-${DATE}$`).exec(id))) {
    const date = `${m[1]}-${m[2]}-${m[3]}`;
    if (!isValidDate(date)) return fail(`"${date}" is not a date`);
    return stated({ id, type: 'as-at', start: date, end: date, financialYear: null, label: `As at ${formatDate(date)}` });
  }

  if ((m = /^m(\d{4})-(\d{2})$/.exec(id))) {
    const y = Number(m[1]);
    const mo = Number(m[2]);
    if (mo < 1 || mo > 12) return fail('month must be 01 to 12');
    const start = `${y}-${pad(mo)}-01`;
    return stated({
      id,
      type: 'month',
      start,
      end: lastDayOfMonth(y, mo),
      financialYear: fyLabel(financialYearOf(start)),
      label: `${MONTHS_LONG[mo - 1] ?? ''} ${y}`,
    });
  }

  if ((m = /^cy(\d{4})$/.exec(id))) {
    const y = Number(m[1]);
    return stated({
      id,
      type: 'calendar-year',
      start: `${y}-01-01`,
      end: `${y}-12-31`,
      financialYear: null,
      label: `${y} (calendar year)`,
    });
  }

  // A year printed on its own ("in 2017"), with no word on which months it
  // covers: it may be a calendar year, a financial year or the twelve months
  // to some date. `-by-DATE` bounds it where the document shows when the
  // figure was presented.
  if ((m = new RegExp(`^y(\\d{4})(?:-by-${DATE})?$`).exec(id))) {
    const y = Number(m[1]);
    const bound = m[2] === undefined ? null : `${m[2]}-${m[3]}-${m[4]}`;
    if (bound !== null && !isValidDate(bound)) return fail(`"${bound}" is not a date`);
    if (bound !== null && parts(bound).y !== y) return fail(`${bound} is not in ${y}`);
    return {
      ok: true,
      period: {
        id,
        type: 'year-as-printed',
        start: `${y}-01-01`,
        end: bound ?? `${y}-12-31`,
        startStated: false,
        endStated: false,
        financialYear: null,
        label: bound === null ? `${y} (dates not stated)` : `${y} (dates not stated; no later than ${formatDate(bound)})`,
      },
    };
  }

  // No period or date printed at all: only when the figure was printed (or
  // presented) bounds it.
  if ((m = new RegExp(`^unstated-by-${DATE}$`).exec(id))) {
    const bound = `${m[1]}-${m[2]}-${m[3]}`;
    if (!isValidDate(bound)) return fail(`"${bound}" is not a date`);
    return {
      ok: true,
      period: {
        id,
        type: 'dates-not-stated',
        start: bound,
        end: bound,
        startStated: false,
        endStated: false,
        financialYear: null,
        label: `Dates not stated (no later than ${formatDate(bound)})`,
      },
    };
  }

  // A span whose first day is stated (or read from a named year) but whose last is not.
  if ((m = new RegExp(`^range-${DATE}-by-${DATE}$`).exec(id))) {
    const start = `${m[1]}-${m[2]}-${m[3]}`;
    const bound = `${m[4]}-${m[5]}-${m[6]}`;
    if (!isValidDate(start)) return fail(`"${start}" is not a date`);
    if (!isValidDate(bound)) return fail(`"${bound}" is not a date`);
    if (bound < start) return fail('the range ends before it starts');
    return {
      ok: true,
      period: {
        id,
        type: 'date-range',
        start,
        end: bound,
        startStated: true,
        endStated: false,
        financialYear: null,
        label: `From ${formatDate(start)} (${notStated(bound)})`,
      },
    };
  }

  if ((m = new RegExp(`^range-${DATE}-${DATE}$`).exec(id))) {
    const start = `${m[1]}-${m[2]}-${m[3]}`;
    const end = `${m[4]}-${m[5]}-${m[6]}`;
    if (!isValidDate(start)) return fail(`"${start}" is not a date`);
    if (!isValidDate(end)) return fail(`"${end}" is not a date`);
    if (end < start) return fail('the range ends before it starts');
    return stated({ id, type: 'date-range', start, end, financialYear: null, label: formatRange(start, end) });
  }

  return fail('not a recognised period id (see data/README.md, "Period ids")');
}

/** Whether two periods are like for like: same type and the same span of the year. */
export function isLikeForLike(a: Period, b: Period): boolean {
  if (a.type !== b.type || a.endStated !== b.endStated) return false;
  // Periods with no stated dates cannot be shown to cover the same span.
  if (a.type === 'dates-not-stated' || a.type === 'year-as-printed') return false;
  if (a.type === 'year-to-date') return a.end.slice(5) === b.end.slice(5);
  return true;
}

/** The kind of period in words, for labelling series that mix kinds. */
export function periodKindLabel(type: PeriodType): string {
  switch (type) {
    case 'financial-year':
      return 'full financial year';
    case 'year-to-date':
      return 'year to date';
    case 'quarter':
      return 'quarter';
    case 'rolling-12-months':
      return 'rolling 12 months';
    case 'as-at':
      return 'position as at a date';
    case 'month':
      return 'month';
    case 'calendar-year':
      return 'calendar year';
    case 'date-range':
      return 'date range';
    case 'year-as-printed':
      return 'year as printed (dates not stated)';
    case 'dates-not-stated':
      return 'dates not stated';
  }
}
