/**
 * Number formatting for display. Pure and locale-pinned (en-GB), so output is
 * the same on every machine and in every test.
 */
const integer = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });

export function formatNumber(value: number, decimals?: number): string {
  if (decimals === undefined) {
    return Number.isInteger(value) ? integer.format(value) : new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 }).format(value);
  }
  return new Intl.NumberFormat('en-GB', { minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(value);
}

/** "+14", "-627", "0": the sign is always shown so direction never relies on colour. */
export function formatSigned(value: number, decimals?: number): string {
  const body = formatNumber(Math.abs(value), decimals);
  if (value > 0) return `+${body}`;
  if (value < 0) return `-${body}`;
  return body;
}

export function formatGbp(value: number): string {
  return new Intl.NumberFormat('en-GB', {
    style: 'currency',
    currency: 'GBP',
    minimumFractionDigits: Number.isInteger(value) ? 0 : 2,
    maximumFractionDigits: 2,
  }).format(value);
}
