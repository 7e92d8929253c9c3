// @vitest-environment node
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { BOM, formatCell, isFormulaLike, neutralise, plainNumber, slug, toCsv, unneutralise, type CsvCell } from './csv';

/** A strict RFC 4180 reader: the BOM, CRLF records, no stray quotes, every record as wide as the header. */
function strictParse(csv: string): string[][] {
  return parse(csv, { bom: true, relax_quotes: false, relax_column_count: false, record_delimiter: '\r\n' }) as string[][];
}

/** What a reader gets back for a cell: numbers as their plain text, text with the documented neutralisation. */
function expected(cell: CsvCell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return plainNumber(cell);
  return neutralise(cell);
}

/** What a spreadsheet would run as a formula: these must all be neutralised. */
const FORMULAS = [
  '=1+1',
  "+cmd|' /C calc'!A0",
  "-cmd|' /C calc'!A0",
  '-2+3',
  '+1+1',
  '@SUM(A1)',
  '=HYPERLINK("http://example.invalid","click")',
  '\t=1+1',
  '\r=1+1',
  '\0',
  '=',
  '+',
  '@',
  '--1',
  '-1e5',
  '-6.1%%',
  '+14 ',
  '-1,0',
  '- -1',
  ' =1+1',
  "'=1+1",
  "' -A1",
];

/** Printed numbers, as the documents print them: never altered. */
const PRINTED = [
  '-6.1%',
  '+14',
  '-627',
  '+3.9%',
  '10,195',
  '- 31.3%',
  '+ 177.8%',
  '-7 %',
  '-0.6',
  '-.5',
  '+1,234,567.89%',
  '-',
  '\u22126.1%',
  '↑',
  '12/15',
  ' -6.1%',
  "'-6.1%",
];

/** Numbers in the documents' style: optional sign (and a space after it), thousands commas, decimals, %. */
const printedNumber = fc
  .tuple(
    fc.constantFrom('', '+', '-', '+ ', '- '),
    fc.nat({ max: 9_999_999 }),
    fc.boolean(),
    fc.option(fc.nat({ max: 999 }), { nil: null }),
    fc.constantFrom('', '%', ' %'),
  )
  .map(([sign, int, commas, frac, percent]) => {
    const digits = commas ? int.toLocaleString('en-GB') : String(int);
    return `${sign}${digits}${frac === null ? '' : `.${frac}`}${percent}`;
  });

const hostile = fc.constantFrom(
  ...FORMULAS,
  ...PRINTED,
  'a,b',
  'say "hello"',
  'line\nbreak',
  'crlf\r\nbreak',
  '🙂',
  '\u202Eoverride',
  '',
  ' ',
);
const text = fc.oneof(
  hostile,
  printedNumber,
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  // Formula starts and apostrophes far more often than random strings have them.
  fc
    .tuple(fc.constantFrom('', "'", "''", ' ', " '"), fc.constantFrom('=', '+', '-', '@', '\t', '\r', '\0'), fc.string())
    .map((p) => p.join('')),
  fc.string({ unit: 'binary' }).map((s) => s.replace(/\uFEFF/g, '')),
);
const number = fc.oneof(fc.integer({ min: -1e9, max: 1e9 }), fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 }));
const cell: fc.Arbitrary<CsvCell> = fc.oneof(text, number, fc.constant(null));
const table = fc
  .tuple(fc.integer({ min: 1, max: 6 }), fc.array(fc.array(cell, { minLength: 6, maxLength: 6 }), { maxLength: 12 }))
  .map(([width, rows]) => ({
    header: Array.from({ length: width }, (_, i) => `Column ${i + 1}`),
    rows: rows.map((r) => r.slice(0, width)),
  }));

describe('neutralising formulas', () => {
  it.each(FORMULAS)('neutralises %j', (formula) => {
    expect(isFormulaLike(formula)).toBe(true);
    expect(neutralise(formula)).toBe(`'${formula}`);
  });

  it.each(PRINTED)('never alters the printed %j', (printed) => {
    expect(isFormulaLike(printed)).toBe(false);
    expect(neutralise(printed)).toBe(printed);
  });

  it('leaves every number printed in the documents’ style as it is', () => {
    fc.assert(
      fc.property(printedNumber, (printed) => {
        expect(neutralise(printed)).toBe(printed);
        expect(strictParse(toCsv(['printed'], [[printed]]))).toEqual([['printed'], [printed]]);
      }),
      { numRuns: 500 },
    );
  });

  it('is undone exactly by removing the apostrophe it added', () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(unneutralise(neutralise(t))).toBe(t);
        // A cell the writer left alone reads back as itself.
        if (!isFormulaLike(t)) expect(unneutralise(t)).toBe(t);
      }),
      { numRuns: 2000 },
    );
  });

  it('leaves no cell that a spreadsheet would run as a formula', () => {
    const starts = /^[=+\-@\t\r\0]/;
    fc.assert(
      fc.property(text, (t) => {
        const [, [written = ''] = []] = strictParse(toCsv(['cell'], [[t]]));
        // Anything that still starts like a formula is a plain printed number (or a lone dash).
        if (starts.test(written)) expect(written).toMatch(/^[+-] ?[\d.,]*\d[\d.,]* ?%?$|^-$/);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('plainNumber', () => {
  it('writes every finite number in plain decimals that read back as the same number', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (n) => {
        const written = plainNumber(n);
        expect(written).toMatch(/^-?\d+(\.\d+)?$/);
        expect(Number(written)).toBe(n === 0 ? 0 : n); // -0 is written as 0
      }),
      { numRuns: 2000 },
    );
  });

  it('has no thousands separators and no exponent', () => {
    expect(plainNumber(10195)).toBe('10195');
    expect(plainNumber(-627)).toBe('-627');
    expect(plainNumber(-6.1)).toBe('-6.1');
    expect(plainNumber(1e-7)).toBe('0.0000001');
    expect(plainNumber(-1.5e-7)).toBe('-0.00000015');
    expect(plainNumber(1.25e21)).toBe('1250000000000000000000');
  });
});

describe('toCsv', () => {
  it('round-trips every cell of random tables through a strict RFC 4180 parser, with only the documented neutralisation', () => {
    fc.assert(
      fc.property(table, ({ header, rows }) => {
        const csv = toCsv(header, rows);
        expect(csv.startsWith(BOM)).toBe(true);
        expect(csv.endsWith('\r\n')).toBe(true);
        expect(strictParse(csv)).toEqual([header, ...rows.map((r) => r.map(expected))]);
      }),
      { numRuns: 300 },
    );
  });

  it('quotes exactly as csv-stringify does, byte for byte', () => {
    // `quote_record_delimiter`: with a CRLF record delimiter csv-stringify would otherwise leave a lone CR or LF unquoted.
    const options = { bom: true, record_delimiter: '\r\n', quote_record_delimiter: true };
    fc.assert(
      fc.property(table, ({ header, rows }) => {
        const cells = rows.map((r) => r.map(expected));
        expect(toCsv(header, rows)).toBe(stringify([header, ...cells], options));
      }),
      { numRuns: 300 },
    );
  });

  it('writes numbers as numbers, negative ones untouched', () => {
    expect(formatCell(-627)).toBe('-627');
    expect(formatCell(-6.1)).toBe('-6.1');
    expect(formatCell(10195)).toBe('10195');
    expect(formatCell(Number.NaN)).toBe('');
    expect(formatCell(null)).toBe('');
  });

  it('neutralises text that a spreadsheet would run as a formula, and quotes after neutralising', () => {
    expect(formatCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(formatCell('@SUM')).toBe("'@SUM");
    expect(formatCell('\tx')).toBe("'\tx");
    expect(formatCell('-6.1%')).toBe('-6.1%');
    expect(formatCell('-2,195')).toBe('"-2,195"');
    expect(formatCell('Beat 62')).toBe('Beat 62');
  });

  it('ends records with CRLF, starts with a byte-order mark and quotes only fields that need it', () => {
    expect(toCsv(['a', 'b'], [['x,y', 'he said "no"']])).toBe(`${BOM}a,b\r\n"x,y","he said ""no"""\r\n`);
    expect(toCsv(['a', 'b'], [['Burglary – Residential', '↑']])).toBe(`${BOM}a,b\r\nBurglary – Residential,↑\r\n`);
  });

  it('names files in lower case with dashes', () => {
    expect(slug('Beat crime 2023/24 (YTD)')).toBe('beat-crime-2023-24-ytd');
    expect(slug('Burglary – Résidential')).toBe('burglary-residential');
  });
});
