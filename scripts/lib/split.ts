/**
 * Writing a figure dataset as one file or, above a size, as parts (see
 * src/data/parts.ts). Shared by the build and the SYNTHETIC force-wide
 * benchmark data, so both publish exactly the same way.
 */
import { isDeepStrictEqual } from 'node:util';
import type { DatasetFile, DatasetId, DatasetPart, Figure, SplittableDataset } from '../../src/data/schema.ts';
import { encodeFigures } from '../../src/data/wire-figures.ts';
import { validateDataset } from '../../src/data/validate.ts';
import { isSplittable, partPath } from '../../src/data/parts.ts';
import { parsePeriodId } from '../../src/lib/periods.ts';

/**
 * Above this many bytes a splittable file is written as parts. Measured
 * (npm run bench): the largest real figure file is 67 KB and loads as one
 * request; the SYNTHETIC force-wide beat-crime file is 5.5 MB, whose parse,
 * check and decode takes about 0.8 s in Node, against about 40 ms for one
 * measure's part (18,000 figures, 280 KB). 200 KB keeps every real file whole
 * and any file that costs a phone more than a frame or two to decode split.
 */
export const SPLIT_ABOVE_BYTES = 200_000;

/**
 * A dataset file on the wire: compact, one top-level key a line, so a change
 * still shows in a diff against the key it touches without the indentation
 * that would double the size of columns of numbers.
 */
export function wireJson(value: object): string {
  const lines = Object.entries(value).map(([key, v]) => `${JSON.stringify(key)}:${JSON.stringify(v)}`);
  return `{\n${lines.join(',\n')}\n}\n`;
}

export interface WrittenFile {
  path: string;
  text: string;
  part?: DatasetPart;
}

type Writable = object & { figures?: readonly Figure[] };

function encode(body: Writable): string {
  return wireJson(body.figures ? { ...body, figures: encodeFigures(body.figures) } : body);
}

/** Figures grouped by a key, in the order each key first appears. */
function groupBy(figures: readonly Figure[], key: (f: Figure) => string): Map<string, Figure[]> {
  const groups = new Map<string, Figure[]>();
  for (const f of figures) {
    const k = key(f);
    const group = groups.get(k);
    if (group) group.push(f);
    else groups.set(k, [f]);
  }
  return groups;
}

/** Newest first by when a period ends, then starts, as the table of every area at a glance orders them. */
const orders = new Map<string, [string, string]>();
function periodOrder(id: string): [string, string] {
  let order = orders.get(id);
  if (!order) {
    const parsed = parsePeriodId(id);
    order = parsed.ok ? [parsed.period.end, parsed.period.start] : ['', ''];
    orders.set(id, order);
  }
  return order;
}

function newer(a: string, b: string): boolean {
  const [ea, sa] = periodOrder(a);
  const [eb, sb] = periodOrder(b);
  return ea > eb || (ea === eb && sa > sb);
}

/** Each measure's figures in its newest period with a count (its newest period of any figure, where it has no count). */
export function newestOfEachMeasure(figures: readonly Figure[]): Figure[] {
  const newest = new Map<string, { period: string; counted: boolean }>();
  for (const f of figures) {
    const counted = f.statistic === 'count';
    const seen = newest.get(f.measure);
    if (!seen || (counted && !seen.counted) || (counted === seen.counted && newer(f.period, seen.period)))
      newest.set(f.measure, { period: f.period, counted });
  }
  return figures.filter((f) => newest.get(f.measure)?.period === f.period);
}

/**
 * The files of one dataset: itself, or its parts (by measure, the newest
 * period, by area) when it is larger than `splitAbove` bytes. Each written
 * file is decoded again and compared with what was meant, so the app reads
 * what the build meant or the build fails.
 */
export function writeDataset(
  snapshotId: string,
  dataset: DatasetId,
  body: DatasetFile<DatasetId>,
  problems: string[],
  { splitAbove = SPLIT_ABOVE_BYTES, asWritten = body }: { splitAbove?: number; asWritten?: Writable } = {},
): WrittenFile[] {
  // `asWritten` is the same content in the key order the build wrote it before, so a whole file's bytes (and sha256) do not change.
  const whole = encode(asWritten);
  const path = `${snapshotId}/${dataset}.json`;
  const written: { path: string; text: string; body: object; part?: DatasetPart }[] = [];
  if (!isSplittable(dataset) || Buffer.byteLength(whole) <= splitAbove) written.push({ path, text: whole, body });
  else {
    // Checked just above: a splittable dataset's file is made of figures and what was not published.
    const file = body as DatasetFile<SplittableDataset>;
    const parts: [DatasetPart, Figure[]][] = [
      ...[...groupBy(file.figures, (f) => f.measure)].map(([measure, figures]): [DatasetPart, Figure[]] => [
        { kind: 'measure', measure },
        figures,
      ]),
      [{ kind: 'newest' }, newestOfEachMeasure(file.figures)],
      // An area's own page draws every figure of that area and nothing else.
      ...[...groupBy(file.figures, (f) => JSON.stringify([f.areaType, f.areaCode]))].map(([, figures]): [DatasetPart, Figure[]] => {
        const { areaType, areaCode } = figures[0] ?? { areaType: '', areaCode: '' };
        return [{ kind: 'area', areaType, areaCode }, figures];
      }),
    ];
    const areaAt = new Map<string, string>();
    for (const [part, figures] of parts) {
      const partBody = { ...file, figures };
      const partAt = partPath(snapshotId, dataset, part);
      if (part.kind === 'area') {
        const other = areaAt.get(partAt);
        if (other !== undefined)
          problems.push(
            `${partAt}: areas ${other} and ${part.areaType} ${part.areaCode} would share this file: give one of them another code`,
          );
        areaAt.set(partAt, `${part.areaType} ${part.areaCode}`);
      }
      written.push({ path: partAt, text: encode(partBody), body: partBody, part });
    }
  }
  return written.map(({ path: p, text, body: meant, part }) => {
    const decoded = validateDataset(p, dataset, JSON.parse(text));
    if (!decoded.ok) problems.push(...decoded.errors);
    else if (!isDeepStrictEqual(decoded.data, meant)) problems.push(`${p}: decoding the written file does not give back what was built`);
    return part ? { path: p, text, part } : { path: p, text };
  });
}
