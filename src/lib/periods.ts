/**
 * Period ids are self-describing strings (see data/README.md), so a figure's
 * period can be checked and labelled without a lookup table. Everything here
 * is pure and works on ISO dates (YYYY-MM-DD) as strings, never on Date
 * objects, so results cannot depend on the machine's time zone.
 */

export type PeriodType =
  'financial-year' | 'year-to-date' | 'quarter' | 'rolling-12-months' | 'as-at' | 'month' | 'calendar-year' | 'date-range';

export interface Period {
  id: string;
  type: PeriodType;
  /** First day covered (inclusive); for `as-at`, the date itself. */
  start: string;
  /** Last day covered (inclusive); for `as-at`, the date itself. */
  end: string;
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

/** Parses a period id; the reason says what is wrong in plain words. */
export function parsePeriodId(id: string): ParseResult {
  const fail = (reason: string): ParseResult => ({ ok: false, reason: `period "${id}": ${reason}` });
  let m: RegExpExecArray | null;

  if ((m = new RegExp(`^${FY}$`).exec(id))) {
    const y = Number(m[1]);
    if (!checkFyPair(y, Number(m[2]))) return fail('the two years of a financial year must be consecutive');
    const start = `${y}-04-01`;
    const end = `${y + 1}-03-31`;
    return {
      ok: true,
      period: { id, type: 'financial-year', start, end, financialYear: fyLabel(y), label: `${fyLabel(y)} (${formatRange(start, end)})` },
    };
  }

  if ((m = new RegExp(`^${FY}-ytd-${DATE}$`).exec(id))) {
    const y = Number(m[1]);
    if (!checkFyPair(y, Number(m[2]))) return fail('the two years of a financial year must be consecutive');
    const end = `${m[3]}-${m[4]}-${m[5]}`;
    if (!isValidDate(end)) return fail(`"${end}" is not a date`);
    if (financialYearOf(end) !== y) return fail(`${end} is not in financial year ${fyLabel(y)}`);
    const start = `${y}-04-01`;
    return {
      ok: true,
      period: {
        id,
        type: 'year-to-date',
        start,
        end,
        financialYear: fyLabel(y),
        label: `${fyLabel(y)} year to date (${formatRange(start, end)})`,
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
    return {
      ok: true,
      period: { id, type: 'quarter', start, end, financialYear: fyLabel(y), label: `Q${q} ${fyLabel(y)} (${formatRange(start, end)})` },
    };
  }

  if ((m = new RegExp(`^r12-${DATE}$`).exec(id))) {
    const end = `${m[1]}-${m[2]}-${m[3]}`;
    if (!isValidDate(end)) return fail(`"${end}" is not a date`);
    const { y, m: mo } = parts(end);
    // Twelve months ending on `end` start the day after the same date a year before.
    const yearBefore = `${y - 1}-${pad(mo)}-${pad(Math.min(parts(end).d, daysInMonth(y - 1, mo)))}`;
    const start = addDays(yearBefore, 1);
    return {
      ok: true,
      period: {
        id,
        type: 'rolling-12-months',
        start,
        end,
        financialYear: null,
        label: `12 months to ${formatDate(end)} (${formatRange(start, end)})`,
      },
    };
  }

  if ((m = new RegExp(`^asat-${DATE}$`).exec(id))) {
    const date = `${m[1]}-${m[2]}-${m[3]}`;
    if (!isValidDate(date)) return fail(`"${date}" is not a date`);
    return {
      ok: true,
      period: { id, type: 'as-at', start: date, end: date, financialYear: null, label: `As at ${formatDate(date)}` },
    };
  }

  if ((m = /^m(\d{4})-(\d{2})$/.exec(id))) {
    const y = Number(m[1]);
    const mo = Number(m[2]);
    if (mo < 1 || mo > 12) return fail('month must be 01 to 12');
    const start = `${y}-${pad(mo)}-01`;
    return {
      ok: true,
      period: {
        id,
        type: 'month',
        start,
        end: lastDayOfMonth(y, mo),
        financialYear: fyLabel(financialYearOf(start)),
        label: `${MONTHS_LONG[mo - 1] ?? ''} ${y}`,
      },
    };
  }

  if ((m = /^cy(\d{4})$/.exec(id))) {
    const y = Number(m[1]);
    return {
      ok: true,
      period: { id, type: 'calendar-year', start: `${y}-01-01`, end: `${y}-12-31`, financialYear: null, label: `${y} (calendar year)` },
    };
  }

  if ((m = new RegExp(`^range-${DATE}-${DATE}$`).exec(id))) {
    const start = `${m[1]}-${m[2]}-${m[3]}`;
    const end = `${m[4]}-${m[5]}-${m[6]}`;
    if (!isValidDate(start)) return fail(`"${start}" is not a date`);
    if (!isValidDate(end)) return fail(`"${end}" is not a date`);
    if (end < start) return fail('the range ends before it starts');
    return {
      ok: true,
      period: { id, type: 'date-range', start, end, financialYear: null, label: formatRange(start, end) },
    };
  }

  return fail('not a recognised period id (see data/README.md, "Period ids")');
}

/** Whether two periods are like for like: same type and the same span of the year. */
export function isLikeForLike(a: Period, b: Period): boolean {
  if (a.type !== b.type) return false;
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
  }
}
