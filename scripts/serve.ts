/**
 * `npx tsx scripts/serve.ts [DIR] [--port N] [--base /sub/path/]`: serves a
 * build (dist/ by default) as scripts/lib/static-server.ts does for the
 * audit: gzip-compressed, with the README's headers. Stops on Ctrl-C.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { runMain } from './lib/cli.ts';
import { startStaticServer } from './lib/static-server.ts';

runMain(async () => {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { port: { type: 'string', default: '4174' }, base: { type: 'string', default: '/' } },
  });
  const server = await startStaticServer({ root: resolve(positionals[0] ?? 'dist'), port: Number(values.port), base: values.base });
  console.log(`Serving ${resolve(positionals[0] ?? 'dist')} at ${server.url}`);
  process.once('SIGINT', () => void server.stop());
  process.once('SIGTERM', () => void server.stop());
});
