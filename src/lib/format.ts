/**
 * Number formatting for display. Pure and locale-pinned (en-GB), so output is
 * the same on every machine and in every test.
 */
// Made on first use and kept: the first one costs tens of milliseconds (the browser loads its locale data), every one after that a little.
const formats = new Map<string, Intl.NumberFormat>();

function numberFormat(options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = JSON.stringify(options);
  let format = formats.get(key);
  if (!format) {
    format = new Intl.NumberFormat('en-GB', options);
    formats.set(key, format);
  }
  return format;
}

export function formatNumber(value: number, decimals?: number): string {
  if (decimals === undefined) {
    return numberFormat({ maximumFractionDigits: Number.isInteger(value) ? 0 : 2 }).format(value);
  }
  return numberFormat({ minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(value);
}

/** "+14", "-627", "0": the sign is always shown so direction never relies on colour. */
export function formatSigned(value: number, decimals?: number): string {
  const body = formatNumber(Math.abs(value), decimals);
  if (value > 0) return `+${body}`;
  if (value < 0) return `-${body}`;
  return body;
}

export function formatGbp(value: number): string {
  return numberFormat({
    style: 'currency',
    currency: 'GBP',
    minimumFractionDigits: Number.isInteger(value) ? 0 : 2,
    maximumFractionDigits: 2,
  }).format(value);
}
