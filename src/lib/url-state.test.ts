import { describe, expect, it } from 'vitest';
import {
  booleanParam,
  BUILT_FROM_DATA,
  choiceListParam,
  choiceParam,
  enumParam,
  EXCERPT_LENGTH,
  excerpt,
  listParam,
  mergeParams,
  readParams,
  sortFamily,
  sortParam,
  sortProblem,
  stringParam,
  textParam,
  unknownTableProblem,
  writeParams,
} from './url-state';

const spec = {
  view: enumParam(['overview', 'beats'] as const, 'overview'),
  beat: stringParam(/^(5[6-9]|6[0-5])$/, 'a Charnwood beat from 56 to 65'),
  beats: listParam(/^(5[6-9]|6[0-5])$/, 'a list of beats from 56 to 65'),
  q: textParam(20),
  embed: booleanParam(),
  sort: sortParam(['meeting', 'owner'], { column: 'meeting', descending: true }),
};

describe('reading view state from the URL', () => {
  it('uses defaults for absent parameters', () => {
    expect(readParams('', spec)).toEqual({
      values: { view: 'overview', beat: '', beats: [], q: '', embed: false, sort: { column: 'meeting', descending: true } },
      problems: [],
    });
  });

  it('parses valid values into their types', () => {
    const { values, problems } = readParams('?view=beats&beat=62&beats=61,62&q=fly%20tipping&embed=1&sort=owner', spec);
    expect(problems).toEqual([]);
    expect(values).toEqual({
      view: 'beats',
      beat: '62',
      beats: ['61', '62'],
      q: 'fly tipping',
      embed: true,
      sort: { column: 'owner', descending: false },
    });
  });

  it.each([
    ['view=map', 'view'],
    ['beat=99', 'beat'],
    ['beats=61,99', 'beats'],
    ['q=' + 'x'.repeat(21), 'q'],
    ['embed=yes', 'embed'],
    ['sort=-colour', 'sort'],
  ])('falls back to the default for %s and says why', (search, key) => {
    const { values, problems } = readParams(search, spec);
    expect(values[key as keyof typeof values]).toEqual(spec[key as keyof typeof spec].default);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.key).toBe(key);
    expect(problems[0]?.message).toMatch(/is not .*, so it was ignored\.$/);
  });
});

describe('quoting a value from a link', () => {
  it('quotes a short value whole and cuts a long one to an excerpt', () => {
    expect(excerpt('99')).toBe('“99”');
    const crafted = `URGENT: your account is closed, call 0800 000 000 now ${'x'.repeat(150)}`;
    const quoted = excerpt(crafted);
    expect([...quoted.slice(1, -1)]).toHaveLength(EXCERPT_LENGTH);
    expect(quoted).toBe('“URGENT: your account is close…”');
  });

  it('never echoes a crafted value or an unknown parameter name whole', () => {
    const crafted = 'URGENT call 0800 000 000 '.repeat(8);
    const { problems } = readParams(`beat=${encodeURIComponent(crafted)}&sort.${'evil'.repeat(20)}=x`, {
      beat: spec.beat,
      sorts: sortFamily(['north', 'south'], ['area']),
    });
    expect(problems).toHaveLength(2);
    for (const p of problems) {
      expect(p.message).not.toContain(crafted);
      expect(p.message).not.toContain('evil');
      expect(p.message.length).toBeLessThan(200);
    }
    expect(problems[0]?.message).toMatch(/^The value of "beat" \(“URGENT call 0800 000 000 URGE…”\) is not/);
  });
});

describe('writing view state to the URL', () => {
  it('writes only values that differ from the defaults', () => {
    const params = writeParams(
      { view: 'overview', beat: '62', beats: [], embed: false, sort: { column: 'meeting', descending: true } },
      spec,
    );
    expect(params.toString()).toBe('beat=62');
  });

  it('round-trips every parameter', () => {
    const values = {
      view: 'beats' as const,
      beat: '65',
      beats: ['56', '57'],
      q: 'a&b=c',
      embed: true,
      sort: { column: 'owner', descending: true },
    };
    const back = readParams(writeParams(values, spec), spec);
    expect(back.problems).toEqual([]);
    expect(back.values).toEqual(values);
  });
});

describe('a table whose columns depend on the data', () => {
  const dated = { sort: sortParam(BUILT_FROM_DATA) };

  it('accepts any column id of the right form when the URL is read, and rejects other forms', () => {
    expect(readParams('sort=-asat-2099-10-31', dated).values.sort).toEqual({ column: 'asat-2099-10-31', descending: true });
    expect(readParams('sort=Colour!', dated).problems[0]?.message).toBe(
      'The value of "sort" (“Colour!”) is not a column to sort by, with "-" in front for descending, so it was ignored.',
    );
  });

  it('checks the column once the table is built, in the same words as the other notices', () => {
    const columns = ['beat', 'fy2098-99'];
    expect(sortProblem('sort', { column: 'fy2098-99', descending: true }, columns)).toBeNull();
    expect(sortProblem('sort', null, columns)).toBeNull();
    expect(sortProblem('sort', { column: 'colour', descending: true }, columns)).toEqual({
      key: 'sort',
      value: '-colour',
      message:
        'The value of "sort" (“-colour”) is not a column to sort by (beat, fy2098-99), with "-" in front for descending, so it was ignored.',
    });
  });
});

describe('one sort key per table where a page has several', () => {
  const spec = {
    section: stringParam(/^[a-z]+$/, 'a section'),
    sort: sortFamily(['north', 'south'], ['area', 'value']),
  };

  it("reads each table's key into a record by table name", () => {
    const { values, problems } = readParams('sort.north=-value&sort.south=area&section=north', spec);
    expect(problems).toEqual([]);
    expect(values.sort).toEqual({ north: { column: 'value', descending: true }, south: { column: 'area', descending: false } });
  });

  it('reports a table the page does not have, and a column the table does not have, naming the key', () => {
    const { values, problems } = readParams('sort.east=value&sort.north=colour', spec);
    expect(values.sort).toEqual({});
    expect(problems.map((p) => p.message)).toEqual([
      'A "sort." parameter was ignored: it is not the sort of one of this page\'s tables (sort.north, sort.south).',
      'The value of "sort.north" (“colour”) is not a column to sort by (area, value), with "-" in front for descending, so it was ignored.',
    ]);
  });

  it('writes only the tables that are sorted, in name order, and round-trips', () => {
    const values = { section: '', sort: { south: { column: 'value', descending: true }, north: null } };
    const written = writeParams(values, spec);
    expect(written.toString()).toBe('sort.south=-value');
    expect(readParams(written, spec).values.sort).toEqual({ south: { column: 'value', descending: true } });
  });

  it('replaces the keys it owns and keeps every other key when merged into a URL', () => {
    const merged = mergeParams(
      'view=asb&sort.north=area&sort.south=value&other=1',
      { sort: { north: { column: 'value', descending: false } } },
      spec,
    );
    expect(merged.toString()).toBe('view=asb&other=1&sort.north=value');
  });

  it('names tables found from the data in the notice when the page has no such table', () => {
    expect(unknownTableProblem('sort.west', { column: 'value', descending: false }, ['north', 'south']).message).toBe(
      'A "sort." parameter was ignored: it is not the sort of one of this page\'s tables (sort.north, sort.south).',
    );
  });
});

describe('parameters whose options are known only at run time', () => {
  // SYNTHETIC options, as a partnership's profile might list its wards.
  const options = ['w1', 'w2', 'w3'];
  const runtime = { ward: choiceParam(options, 'a ward from w1 to w3'), wards: choiceListParam(options, 'a list of wards') };

  it('accepts only the listed options and reports anything else as ignored', () => {
    expect(readParams('?ward=w2&wards=w3,w1', runtime)).toEqual({ values: { ward: 'w2', wards: ['w3', 'w1'] }, problems: [] });
    const { values, problems } = readParams('?ward=w9&wards=w1,56', runtime);
    expect(values).toEqual({ ward: '', wards: [] });
    expect(problems.map((p) => p.message)).toEqual([
      'The value of "ward" (“w9”) is not a ward from w1 to w3, so it was ignored.',
      'The value of "wards" (“w1,56”) is not a list of wards, so it was ignored.',
    ]);
    expect(writeParams({ ward: 'w1', wards: ['w1', 'w2'] }, runtime).toString()).toBe('ward=w1&wards=w1%2Cw2');
  });
});
