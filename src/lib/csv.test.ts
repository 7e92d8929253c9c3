// @vitest-environment node
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parse } from 'csv-parse/sync';
import { BOM, formatCell, neutralise, slug, toCsv, type CsvCell } from './csv';

/** What a reader gets back for a cell: numbers as their plain text, text with the documented neutralisation. */
function expected(cell: CsvCell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return String(cell);
  return neutralise(cell);
}

const hostile = fc.constantFrom(
  '=SUM(A1:A2)',
  '+44 1509 000000',
  '-6.1%',
  '@cmd',
  '\tindented',
  '\rreturn',
  'a,b',
  'say "hello"',
  'line\nbreak',
  'crlf\r\nbreak',
  '🙂 emoji',
  'مرحبا بالعالم',
  '\u202Eright-to-left override',
  '',
  ' ',
  "'already quoted",
);
const text = fc.oneof(
  hostile,
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.string({ unit: 'binary' }).map((s) => s.replace(/\uFEFF/g, '')),
);
const number = fc.oneof(fc.integer({ min: -1e9, max: 1e9 }), fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 }));
const cell: fc.Arbitrary<CsvCell> = fc.oneof(text, number, fc.constant(null));

describe('toCsv', () => {
  it('round-trips every cell of random tables, with only the documented neutralisation', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 6 }),
        fc.array(fc.array(cell, { minLength: 6, maxLength: 6 }), { maxLength: 12 }),
        (width, rawRows) => {
          const header = Array.from({ length: width }, (_, i) => `Column ${i + 1}`);
          const rows = rawRows.map((r) => r.slice(0, width));
          const csv = toCsv(header, rows);
          expect(csv.startsWith(BOM)).toBe(true);
          const back = parse(csv.slice(BOM.length), { relax_column_count: false, record_delimiter: '\r\n' }) as string[][];
          expect(back).toEqual([header, ...rows.map((r) => r.map(expected))]);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('leaves numbers, including negative ones, as numbers', () => {
    expect(formatCell(-627)).toBe('-627');
    expect(formatCell(-6.1)).toBe('-6.1');
    expect(formatCell(10195)).toBe('10195');
  });

  it('neutralises text that a spreadsheet would run as a formula', () => {
    expect(formatCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(formatCell('-6.1%')).toBe("'-6.1%");
    expect(formatCell('@SUM')).toBe("'@SUM");
    expect(formatCell('\tx')).toBe("'\tx");
    expect(formatCell('Beat 62')).toBe('Beat 62');
  });

  it('ends records with CRLF and quotes fields that need it', () => {
    expect(toCsv(['a', 'b'], [['x,y', 'he said "no"']])).toBe(`${BOM}a,b\r\n"x,y","he said ""no"""\r\n`);
  });

  it('names files in lower case with dashes', () => {
    expect(slug('Beat crime 2023/24 (YTD)')).toBe('beat-crime-2023-24-ytd');
    expect(slug('Burglary – Résidential')).toBe('burglary-residential');
  });
});
