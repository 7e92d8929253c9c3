/**
 * Where the seed documents are: one setting for every script and test.
 * `--seeds DIR` beats $CSP_SEEDS_DIR beats ../shared/seeds (beside the
 * repository). `npm test -- --seeds DIR` passes its choice to every step by
 * setting CSP_SEEDS_DIR, so a test reads the same folder the data check does.
 *
 * Kept free of other project modules: unit tests in src/ import it too.
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const SEEDS_ENV = 'CSP_SEEDS_DIR';
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const DEFAULT_SEEDS = join('..', 'shared', 'seeds');

export class SeedsMissing extends Error {}

/** The value of `--seeds DIR` or `--seeds=DIR` in argv, if given. */
export function seedsArg(argv: readonly string[]): string | undefined {
  let found: string | undefined;
  argv.forEach((arg, i) => {
    if (arg.startsWith('--seeds=')) found = arg.slice('--seeds='.length);
    else if (arg === '--seeds') {
      const next = argv[i + 1];
      if (next === undefined || next.startsWith('--')) throw new SeedsMissing('--seeds needs a folder: --seeds DIR');
      found = next;
    }
  });
  return found;
}

/** The seeds folder, absolute. A relative choice is taken from the repository root, where npm runs scripts. */
export function resolveSeedsDir(argv: readonly string[] = [], env: NodeJS.ProcessEnv = process.env): string {
  const chosen = seedsArg(argv) ?? (env[SEEDS_ENV] || undefined) ?? DEFAULT_SEEDS;
  return resolve(ROOT, chosen);
}

export function seedsMissingMessage(dir: string): string {
  return (
    `Cannot find the seed documents: ${dir} does not exist.\n` +
    `They are read from ../shared/seeds beside the repository by default; ` +
    `pass --seeds DIR (npm test -- --seeds DIR, npm run data:check -- --seeds DIR) or set ${SEEDS_ENV}=DIR to say where they are.`
  );
}

/** The seeds folder for a check that needs it; throws a plain message, not ENOENT, when it is not there. */
export function requireSeedsDir(argv: readonly string[] = [], env: NodeJS.ProcessEnv = process.env): string {
  const dir = resolveSeedsDir(argv, env);
  if (!existsSync(dir)) throw new SeedsMissing(seedsMissingMessage(dir));
  return dir;
}
