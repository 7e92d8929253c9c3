// @vitest-environment node
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { requireSeedsDir } from '../../../scripts/lib/seeds';
import { DESCRIPTIONS } from './family-explainer';

// The quotes are the documents' own words, so they are held to the same provenance rule as figures.
describe('quoted descriptions of the family group', () => {
  it.each(DESCRIPTIONS.map((d) => [d.document, d.line, d]))('%s line %i stands in the document as quoted', (_doc, _line, d) => {
    const lines = readFileSync(join(requireSeedsDir(), d.document), 'utf8').split('\n');
    expect(lines[d.line - 1]).toContain(d.text);
  });
});
