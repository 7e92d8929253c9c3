/**
 * The plain printed form of a figure: the way a document most often writes
 * it, rebuilt from the figure's value, statistic and unit. The wire format
 * stores a printing's text only where it differs from this (words such as
 * "eleven", "1,495", "56.40"), so build and app must share this one function,
 * and it must not depend on the locale: plain string operations only.
 */
const MOVEMENT: Record<number, string> = { 1: '↑', 0: '↔', [-1]: '↓' };

function grouped(value: number): string {
  const [whole = '', fraction] = String(Math.abs(value)).split('.');
  const body = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (fraction === undefined ? '' : `.${fraction}`);
  return value < 0 ? `-${body}` : body;
}

export function plainPrinted(statistic: string, unit: string, value: number): string {
  const text = String(value);
  if (statistic === 'movement') return MOVEMENT[value] ?? text;
  if (statistic === 'rank') {
    const of = /^rank-of-(\d+)$/.exec(unit)?.[1];
    return of === undefined ? text : `${text}/${of}`;
  }
  if (unit === 'gbp') return `£${grouped(value)}`;
  if (unit === 'percent') return statistic === 'percent-change' && value > 0 ? `+${text}%` : `${text}%`;
  return text;
}
