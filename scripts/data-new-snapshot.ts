/** `npm run data:new-snapshot -- --id <YYYY-MM> --date <YYYY-MM-DD> --title "<title>"`: see scripts/lib/new-snapshot.ts. */
import { parseOptions, repoRoot, runMain, UsageError } from './lib/cli.ts';
import { NEW_SNAPSHOT_USAGE, newSnapshot } from './lib/new-snapshot.ts';

runMain(() => {
  const { values } = parseOptions(process.argv.slice(2), { values: ['id', 'date', 'title'] });
  const get = (name: string) => values.get(name)?.[0];
  const missing = ['id', 'date', 'title'].filter((n) => get(n) === undefined);
  if (missing.length > 0) throw new UsageError(`Missing ${missing.map((n) => `--${n}`).join(', ')}.\n${NEW_SNAPSHOT_USAGE}`);
  const id = get('id') ?? '';
  const written = newSnapshot(repoRoot(), { id, date: get('date') ?? '', title: get('title') ?? '' });
  console.log(`Snapshot ${id} is scaffolded:`);
  for (const w of written) console.log(`  ${w}`);
  console.log(
    [
      '',
      'Next (data/README.md, "A quarter from an analyst\'s extract"):',
      `  1. Put the extract, exactly as you received it, in data/sources/${id}/extracts/`,
      `  2. Describe it in data/sources/${id}/extracts.csv (file, title, produced_by, system, run_date)`,
      `  3. npm run data:import-extract -- --snapshot ${id} --file <extract.csv> …  (or type the figures rows)`,
      '  4. npm run data:build, then npm run data:check',
    ].join('\n'),
  );
});
