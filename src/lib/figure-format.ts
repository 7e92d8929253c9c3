/**
 * How a figure is written on screen. The value is formatted consistently, but
 * the precision is the document's own: a % change printed with one decimal
 * keeps one decimal.
 */
import { formatGbp, formatNumber, formatSigned } from './format';

export interface FormattableFigure {
  statistic: string;
  value: number;
  unit: string;
  printings: readonly { printed: string }[];
}

function decimalsAsPrinted(f: FormattableFigure): number {
  const printed = f.printings[0]?.printed ?? '';
  return /\d\.(\d+)/.exec(printed)?.[1]?.length ?? 0;
}

const MOVEMENT: Record<number, string> = { 1: '↑ up', 0: '↔ no change', [-1]: '↓ down' };

export function formatFigure(f: FormattableFigure): string {
  const decimals = decimalsAsPrinted(f);
  switch (f.statistic) {
    case 'percent-change':
      return `${formatSigned(f.value, decimals)}%`;
    case 'difference':
      return formatSigned(f.value, decimals);
    case 'share':
    case 'percentage':
      return `${formatNumber(f.value, decimals)}%`;
    case 'rank': {
      const of = /^rank-of-(\d+)$/.exec(f.unit)?.[1];
      return of ? `${formatNumber(f.value)}/${of}` : formatNumber(f.value);
    }
    case 'movement':
      return MOVEMENT[f.value] ?? String(f.value);
    default:
      if (f.unit === 'gbp') return formatGbp(f.value);
      if (f.unit === 'percent') return `${formatNumber(f.value, decimals)}%`;
      return formatNumber(f.value, decimals);
  }
}
