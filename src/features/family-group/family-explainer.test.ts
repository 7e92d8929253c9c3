// @vitest-environment node
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DESCRIPTIONS } from './family-explainer';

// The quotes are the documents' own words, so they are held to the same provenance rule as figures.
const SEEDS = resolve(process.env.CSP_SEEDS_DIR ?? join(import.meta.dirname, '..', '..', '..', '..', 'shared', 'seeds'));

describe('quoted descriptions of the family group', () => {
  it.each(DESCRIPTIONS.map((d) => [d.document, d.line, d]))('%s line %i stands in the document as quoted', (_doc, _line, d) => {
    const lines = readFileSync(join(SEEDS, d.document), 'utf8').split('\n');
    expect(lines[d.line - 1]).toContain(d.text);
  });
});
