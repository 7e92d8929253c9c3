import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SourceErrors } from './sources.ts';
import { BuildError } from './build.ts';

export function repoRoot(): string {
  return resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
}

/** Runs a script body; known failures print their own plain message and exit 1. */
export function runMain(body: () => void | Promise<void>): void {
  Promise.resolve()
    .then(body)
    .catch((e: unknown) => {
      if (e instanceof SourceErrors || e instanceof BuildError || e instanceof Error) {
        console.error(e.message);
      } else {
        console.error(String(e));
      }
      process.exitCode = 1;
    });
}
