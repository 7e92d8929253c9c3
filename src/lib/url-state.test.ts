import { describe, expect, it } from 'vitest';
import {
  booleanParam,
  choiceListParam,
  choiceParam,
  enumParam,
  listParam,
  readParams,
  sortParam,
  stringParam,
  textParam,
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

describe('sorting by columns that depend on the data', () => {
  const dated = { sort: sortParam({ pattern: /^asat-\d{4}-\d{2}-\d{2}$/, expects: 'a date column' }, null) };

  it('accepts a column matching the pattern and rejects others, saying what it expects', () => {
    expect(readParams('sort=-asat-2099-10-31', dated).values.sort).toEqual({ column: 'asat-2099-10-31', descending: true });
    const { problems } = readParams('sort=colour', dated);
    expect(problems[0]?.message).toBe(
      '"sort=colour" is not a column to sort by (a date column), with "-" in front for descending, so it was ignored.',
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
      '"ward=w9" is not a ward from w1 to w3, so it was ignored.',
      '"wards=w1,56" is not a list of wards, so it was ignored.',
    ]);
    expect(writeParams({ ward: 'w1', wards: ['w1', 'w2'] }, runtime).toString()).toBe('ward=w1&wards=w1%2Cw2');
  });
});
