/** `npm run data:import-extract -- …`: writes the figures rows of an analyst's extract (see scripts/lib/import-extract.ts). */
import { parseOptions, repoRoot, runMain, UsageError } from './lib/cli.ts';
import { IMPORT_USAGE, importExtract, type ImportOptions } from './lib/import-extract.ts';

function options(argv: readonly string[]): ImportOptions {
  const { values, flags } = parseOptions(argv, {
    values: [
      'snapshot',
      'file',
      'dataset',
      'area-type',
      'area',
      'area-column',
      'measure',
      'measure-column',
      'statistic',
      'unit',
      'comparison',
      'rows',
    ],
    repeatable: ['value'],
    flags: ['replace'],
  });
  const get = (name: string) => values.get(name)?.[0];
  const problems: string[] = [];
  const need = (name: string) => {
    const v = get(name);
    if (v === undefined) problems.push(`--${name} is needed.`);
    return v ?? '';
  };
  const oneOf = (a: string, b: string) => {
    if ((get(a) === undefined) === (get(b) === undefined)) problems.push(`Give one of --${a} and --${b}.`);
  };
  oneOf('area', 'area-column');
  oneOf('measure', 'measure-column');
  const area = get('area');
  const measure = get('measure');
  const rows = get('rows');
  const range = rows === undefined ? null : /^(\d+)-(\d+)$/.exec(rows);
  if (rows !== undefined && range === null) problems.push(`--rows ${rows}: give the first and last row, like 2-11.`);
  const parsed: ImportOptions = {
    snapshot: need('snapshot'),
    file: need('file'),
    dataset: need('dataset'),
    areaType: need('area-type'),
    area: area !== undefined ? { code: area } : { column: get('area-column') ?? '' },
    measure: measure !== undefined ? { id: measure } : { column: get('measure-column') ?? '' },
    statistic: get('statistic') ?? 'count',
    unit: need('unit'),
    values: (values.get('value') ?? []).map((v) => {
      const at = v.lastIndexOf('=');
      if (at <= 0) problems.push(`--value "${v}": write the column header, "=", and the period id, like "Q1 2024/25=fy2024-25-q1".`);
      return { column: v.slice(0, at).trim(), period: v.slice(at + 1).trim() };
    }),
    comparison: get('comparison') ?? '',
    rows: range ? { from: Number(range[1]), to: Number(range[2]) } : null,
    replace: flags.has('replace'),
  };
  if (problems.length > 0) throw new UsageError([...problems, IMPORT_USAGE].join('\n'));
  return parsed;
}

runMain(() => {
  const result = importExtract(repoRoot(), options(process.argv.slice(2)));
  console.log(`Wrote ${result.figures} figures rows to ${result.path}.`);
  if (result.skipped.length > 0) {
    console.log(`Left out ${result.skipped.length} cell(s) that hold no number (check that none should be a figure):`);
    for (const s of result.skipped) console.log(`  ${s}`);
  }
  console.log('Review the file, then run npm run data:build and npm run data:check.');
});
