import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SourceErrors } from './sources.ts';
import { BuildError } from './build.ts';
import { SeedsMissing } from './seeds.ts';

export function repoRoot(): string {
  return resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
}

/** A command given the wrong options: its message says what to type instead. */
export class UsageError extends Error {}

/** What an analyst sees for a failure nobody foresaw: one plain line and what to do, not a stack trace. */
export function unexpectedErrorMessage(e: unknown): string {
  const what = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  return (
    `Unexpected error: ${what.split('\n')[0] ?? what}\n` +
    'This is a fault in the scripts, not a mistake you can see in your CSV files. Nothing in public/data was changed. ' +
    'Please report it with the command you ran; run it again with CSP_DEBUG=1 to print the details.'
  );
}

/** Runs a script body; every failure prints a plain message and exits 1. */
export function runMain(body: () => void | Promise<void>): void {
  Promise.resolve()
    .then(body)
    .catch((e: unknown) => {
      if (e instanceof SourceErrors || e instanceof BuildError || e instanceof SeedsMissing || e instanceof UsageError) {
        console.error(e.message);
      } else {
        console.error(unexpectedErrorMessage(e));
        if (process.env.CSP_DEBUG === '1' && e instanceof Error) console.error(e.stack);
      }
      process.exitCode = 1;
    });
}

/**
 * Reads `--name value` options. `repeatable` names may be given more than
 * once; `flags` take no value. Anything else is a usage error naming it.
 */
export function parseOptions(
  argv: readonly string[],
  spec: { values: readonly string[]; repeatable?: readonly string[]; flags?: readonly string[] },
): { values: Map<string, string[]>; flags: Set<string> } {
  const values = new Map<string, string[]>();
  const flags = new Set<string>();
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? '';
    const [name = '', inline] = arg.startsWith('--') ? arg.slice(2).split(/=(.*)/s, 2) : [''];
    if (spec.flags?.includes(name)) {
      flags.add(name);
      continue;
    }
    const known = spec.values.includes(name) || (spec.repeatable?.includes(name) ?? false);
    if (!known) throw new UsageError(`Unknown option ${arg === '' ? '(empty)' : arg}.`);
    const value = inline ?? argv[i + 1];
    if (inline === undefined) i += 1;
    if (value === undefined || (inline === undefined && value.startsWith('--'))) throw new UsageError(`--${name} needs a value.`);
    const list = values.get(name) ?? [];
    if (list.length > 0 && !(spec.repeatable?.includes(name) ?? false)) throw new UsageError(`--${name} is given twice.`);
    values.set(name, [...list, value]);
  }
  return { values, flags };
}
