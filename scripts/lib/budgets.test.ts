import { describe, expect, it } from 'vitest';
import { acceptSizes, checkBudgets, chunkName, pageClosure, scriptsNamedBy, type BudgetFile, type Chunk } from './budgets.ts';
import type { BuildManifest } from './build-manifest.ts';

// A made-up chunk graph: an entry, two views, a chart library one view loads on demand.
const manifest: BuildManifest = {
  'src/main.tsx': { file: 'assets/index-AAAAAAAA.js', isEntry: true, imports: ['_react'], dynamicImports: ['src/app/app.tsx'] },
  _react: { file: 'assets/react-BBBBBBBB.js' },
  'src/app/app.tsx': {
    file: 'assets/app-CCCCCCCC.js',
    isDynamicEntry: true,
    dynamicImports: ['src/features/a/a.tsx', 'src/features/b/b.tsx'],
  },
  'src/features/a/a.tsx': { file: 'assets/a-DDDDDDDD.js', isDynamicEntry: true, imports: ['_table'] },
  'src/features/b/b.tsx': { file: 'assets/b-EEEEEEEE.js', isDynamicEntry: true, imports: ['_chart'] },
  _table: { file: 'assets/table-FFFFFFFF.js' },
  _chart: { file: 'assets/chart-GGGGGGGG.js', dynamicImports: ['src/charts/draw.tsx'] },
  'src/charts/draw.tsx': { file: 'assets/draw-HHHHHHHH.js', isDynamicEntry: true },
};

const chunk = (name: string, gzipKiB: number): Chunk => ({ file: `assets/${name}-XXXXXXXX.js`, name, gzipKiB });

const budget: BudgetFile = { firstPageKiB: 100, allViewsKiB: 200, chunks: { react: 60, app: 10, draw: 90 } };

describe('script budgets', () => {
  it('names a chunk by its file without the content hash', () => {
    expect(chunkName('assets/recharts-line-chart-B5JeOwjd.js')).toBe('recharts-line-chart');
    expect(chunkName('assets/boot-55abd7d7.js')).toBe('boot');
  });

  it('reads the scripts a page names, including those waiting in its template', () => {
    const html =
      '<head><template id="after-first-paint"><script type="module" crossorigin src="./assets/index-AAAAAAAA.js"></script>' +
      '<link rel="modulepreload" crossorigin href="./assets/a-DDDDDDDD.js"><link rel="preload" as="fetch" href="./data/x.json"></template>' +
      '<script src="./assets/boot-12345678.js"></script></head>';
    expect(scriptsNamedBy(html).sort()).toEqual(['assets/a-DDDDDDDD.js', 'assets/boot-12345678.js', 'assets/index-AAAAAAAA.js']);
  });

  it('counts what a page loads: what it names, their imports and on-demand code, but not other views', () => {
    expect(pageClosure(manifest, ['assets/index-AAAAAAAA.js', 'assets/a-DDDDDDDD.js', 'assets/boot-12345678.js'])).toEqual([
      'assets/a-DDDDDDDD.js',
      'assets/app-CCCCCCCC.js',
      'assets/boot-12345678.js',
      'assets/index-AAAAAAAA.js',
      'assets/react-BBBBBBBB.js',
      'assets/table-FFFFFFFF.js',
    ]);
    // The chart view's page loads the drawing code it imports on demand.
    expect(pageClosure(manifest, ['assets/index-AAAAAAAA.js', 'assets/b-EEEEEEEE.js'])).toContain('assets/draw-HHHHHHHH.js');
  });

  it('passes within budget', () => {
    const result = checkBudgets(
      { firstPage: [chunk('react', 60), chunk('app', 10)], allViews: [chunk('react', 60), chunk('draw', 90)] },
      budget,
    );
    expect(result.ok).toBe(true);
    expect(result.lines[0]).toMatch(/^first page .*: 70\.0 KiB of gzip JavaScript in 2 files, budget 100\.0 KiB$/);
  });

  it('fails over budget and names the chunks that grew, and new ones, largest growth first', () => {
    const result = checkBudgets(
      { firstPage: [chunk('react', 61), chunk('app', 30), chunk('extra', 12)], allViews: [chunk('react', 61), chunk('draw', 90)] },
      budget,
    );
    expect(result.ok).toBe(false);
    expect(result.lines.join('\n')).toMatch(/first page .*103\.0 KiB .*OVER by 3\.0 KiB/);
    const named = result.lines.filter((l) => l.startsWith('    '));
    expect(named).toEqual([
      '    app (assets/app-XXXXXXXX.js): 30.0 KiB, was 10.0 KiB (+20.0 KiB)',
      '    extra (assets/extra-XXXXXXXX.js): 12.0 KiB, a new chunk',
      '    react (assets/react-XXXXXXXX.js): 61.0 KiB, was 60.0 KiB (+1.0 KiB)',
    ]);
  });

  it('names the largest chunks when over budget with none grown (the limit was lowered)', () => {
    const result = checkBudgets({ firstPage: [chunk('react', 60), chunk('app', 10)], allViews: [] }, { ...budget, firstPageKiB: 50 });
    expect(result.ok).toBe(false);
    expect(result.lines).toContain('  no chunk grew; the largest are:');
    expect(result.lines).toContain('    react (assets/react-XXXXXXXX.js): 60.0 KiB');
  });

  it('accepting records every chunk of all views and keeps the limits', () => {
    const accepted = acceptSizes({ firstPage: [], allViews: [chunk('react', 61.04), chunk('draw', 88.26)] }, budget);
    expect(accepted).toEqual({ firstPageKiB: 100, allViewsKiB: 200, chunks: { draw: 88.3, react: 61 } });
  });
});
