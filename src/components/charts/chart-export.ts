/**
 * Chart downloads as SVG and PNG. The exported image carries what a reader
 * needs when it is pasted into a report on its own: the title, the period,
 * the key, the source and the as-at date. Pure string building for the SVG
 * (unit-tested); the PNG is that SVG drawn on a canvas.
 */
import { MARKER_PATH } from './marker';
import type { ChartSeries } from './palette';

export interface ExportMeta {
  title: string;
  subtitle: string;
  source: string;
  /** The chart's series in key order, each with the style it is drawn in. */
  key: readonly Pick<ChartSeries, 'label' | 'style'>[];
}

const FONT = 'system-ui, -apple-system, Segoe UI, Roboto, Arial, sans-serif';
const WIDTH_MIN = 640;

function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c] ?? c);
}

/** Splits text into lines of at most `max` characters at spaces. */
export function wrap(text: string, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line !== '' && line.length + 1 + word.length > max) {
      lines.push(line);
      line = word;
    } else {
      line = line === '' ? word : `${line} ${word}`;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}

/**
 * Wraps the chart's own SVG markup (from the page) with a header, key and
 * footer. `chartSvg` is the outer <svg> element's markup, as serialised by
 * the browser.
 */
export function composeSvg(chartSvg: string, chartWidth: number, chartHeight: number, meta: ExportMeta): string {
  const width = Math.max(WIDTH_MIN, Math.ceil(chartWidth) + 32);
  const chars = Math.floor((width - 32) / 7.5);
  const title = wrap(meta.title, Math.floor(chars * 0.8));
  const subtitle = wrap(meta.subtitle, chars);
  const source = wrap(meta.source, chars);
  const parts: string[] = [];
  let y = 16;
  for (const line of title) {
    y += 24;
    parts.push(`<text x="16" y="${y}" font-size="20" font-weight="700">${escapeXml(line)}</text>`);
  }
  for (const line of subtitle) {
    y += 20;
    parts.push(`<text x="16" y="${y}" font-size="14" fill="#505a5f">${escapeXml(line)}</text>`);
  }
  // The key, above the chart as the Analysis Function advises: colour, dash and marker together.
  let x = 16;
  y += 24;
  meta.key.forEach(({ label, style }) => {
    const itemWidth = 48 + label.length * 7.5;
    if (x + itemWidth > width - 16) {
      x = 16;
      y += 20;
    }
    parts.push(
      `<g transform="translate(${x},${y - 4})"><line x1="0" y1="0" x2="28" y2="0" stroke="${style.colour}" stroke-width="2" stroke-dasharray="${style.dash}"/>` +
        `<path transform="translate(14,0)" d="${MARKER_PATH[style.marker]}" fill="${style.colour}"/></g>` +
        `<text x="${x + 34}" y="${y}" font-size="13">${escapeXml(label)}</text>`,
    );
    x += itemWidth;
  });
  y += 12;
  const chartTop = y;
  y += chartHeight + 8;
  const footer: string[] = [];
  for (const line of source) {
    y += 18;
    footer.push(`<text x="16" y="${y}" font-size="12" fill="#505a5f">${escapeXml(line)}</text>`);
  }
  const height = y + 16;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${FONT}" fill="#0b0c0c">`,
    `<title>${escapeXml(meta.title)}</title>`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    ...parts,
    `<g transform="translate(16,${chartTop})">${chartSvg}</g>`,
    ...footer,
    '</svg>',
  ].join('\n');
}

/** Draws an SVG document onto a canvas at twice the size, for a sharp PNG. */
export async function svgToPng(svg: string, width: number, height: number): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const image = new Image();
    image.decoding = 'sync';
    const loaded = new Promise<void>((resolve, reject) => {
      image.onload = () => resolve();
      image.onerror = () => reject(new Error('the chart image could not be drawn'));
    });
    image.src = url;
    await loaded;
    const canvas = document.createElement('canvas');
    canvas.width = width * 2;
    canvas.height = height * 2;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('this browser cannot draw images');
    context.scale(2, 2);
    context.drawImage(image, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('no PNG'))), 'image/png'));
  } finally {
    URL.revokeObjectURL(url);
  }
}

export function svgSize(svg: string): { width: number; height: number } {
  const m = /<svg[^>]*width="(\d+)"[^>]*height="(\d+)"/.exec(svg);
  return { width: Number(m?.[1] ?? WIDTH_MIN), height: Number(m?.[2] ?? 400) };
}
