import { describe, expect, it } from 'vitest';
import { drillDowns, pageHtml } from './prerender-html.ts';
import type { BuildManifest } from './build-manifest.ts';

// The shape of index.html as Vite builds it, with a made-up chunk graph.
const template = `<!doctype html>
<html lang="en-GB">
  <head>
    <meta charset="UTF-8" />
    <meta http-equiv="Content-Security-Policy" content="default-src &#39;self&#39;" />
    <title>Dashboard</title>
    <script type="module" crossorigin src="./assets/index-AAAAAAAA.js"></script>
    <link rel="modulepreload" crossorigin href="./assets/jsx-BBBBBBBB.js">
    <link rel="stylesheet" crossorigin href="./assets/index-CCCCCCCC.css">
  </head>
  <body>
    <div id="root"></div>
  </body>
</html>`;

const manifest: BuildManifest = {
  'src/main.tsx': { file: 'assets/index-AAAAAAAA.js', isEntry: true, imports: ['_jsx'], dynamicImports: ['src/app/app.tsx'] },
  _jsx: { file: 'assets/jsx-BBBBBBBB.js' },
  'src/app/app.tsx': { file: 'assets/app-DDDDDDDD.js', isDynamicEntry: true, imports: ['_jsx'] },
  'src/features/a/a.tsx': { file: 'assets/a-EEEEEEEE.js', isDynamicEntry: true, imports: ['_table'], css: ['assets/a-FFFFFFFF.css'] },
  _table: { file: 'assets/table-GGGGGGGG.js' },
};

const page = {
  title: 'Beats – A "made-up" partnership',
  html: '<main><h1>Costs $&amp; more</h1></main>',
  datasets: ['2099-07/beat-crime', '2099-07/notes'],
};

describe('a prerendered page', () => {
  const html = pageHtml(template, manifest, {
    query: 'view=a&beat=1',
    page,
    viewModule: 'src/features/a/a.tsx',
    viewModules: ['src/features/a/a.tsx'],
    bootFile: 'assets/boot-12345678.js',
  });
  const head = html.slice(0, html.indexOf('</head>'));
  const template_ = /<template id="after-first-paint">([\s\S]*?)<\/template>/.exec(html)?.[1] ?? '';

  it('names its state and title, and holds the markup, even where the markup has a $', () => {
    expect(html).toContain('<html lang="en-GB" data-prerendered="view=a&#38;beat=1">');
    expect(html).toContain('<title>Beats – A &#34;made-up&#34; partnership</title>');
    expect(html).toContain('<div id="root"><main><h1>Costs $&amp; more</h1></main></div>');
  });

  it("keeps the policy first and the styles, its view's too, in the head, and waits for the whole page before painting", () => {
    expect(head.indexOf('Content-Security-Policy')).toBeLessThan(head.indexOf('<link'));
    expect(head).toContain('<link rel="stylesheet" crossorigin href="./assets/index-CCCCCCCC.css">');
    expect(head).toContain('<link rel="stylesheet" crossorigin href="./assets/a-FFFFFFFF.css">');
    expect(head).toContain('<script src="./assets/boot-12345678.js"></script>');
    expect(head).toContain('<link rel="expect" href="#end-of-prerendered-page" blocking="render">');
    expect(html.indexOf('<template id="end-of-prerendered-page"></template>')).toBeGreaterThan(html.indexOf('</main></div>'));
  });

  it('loads no script or data before the first paint: they wait in the template, the app, its data and its view in that order', () => {
    const outside = head.replace(/<template id="after-first-paint">[\s\S]*?<\/template>/, '');
    expect(outside).not.toMatch(/type="module"|modulepreload|as="fetch"/);
    const order = [...template_.matchAll(/(?:src|href)="\.\/([^"]+)"/g)].map((m) => m[1]);
    expect(order).toEqual([
      'assets/index-AAAAAAAA.js',
      'assets/jsx-BBBBBBBB.js',
      'data/manifest.json',
      'data/partnership.json',
      'assets/app-DDDDDDDD.js',
      'data/2099-07/beat-crime.json',
      'data/2099-07/notes.json',
      'assets/a-EEEEEEEE.js',
      'assets/table-GGGGGGGG.js',
    ]);
    expect(template_).toContain('data-dataset="2099-07/beat-crime"');
  });

  it('fails the build when index.html has no root to fill or no script to defer', () => {
    const parts = { query: '', page, viewModule: undefined, viewModules: [], bootFile: 'assets/boot-12345678.js' };
    expect(() => pageHtml(template.replace('<div id="root"></div>', '<div id="app"></div>'), manifest, parts)).toThrow(
      /no empty <div id="root">/,
    );
    expect(() => pageHtml(template.replace(/<script type="module"[^<]*<\/script>/, ''), manifest, parts)).toThrow(/no module script/);
  });
});

describe('drill-downs', () => {
  it('are the same-view links of a page, other than itself', () => {
    const html =
      '<a href="./">Overview</a><a href="./?view=b">B</a><a href="./?view=a&amp;beat=1&amp;crime=x">1</a>' +
      '<a href="./?view=a">A</a><a href="https://example.org/?view=a&amp;beat=2">out</a><a href="./data/x.csv">file</a>';
    expect(drillDowns(html, 'a', 'view=a')).toEqual(['view=a&beat=1&crime=x']);
  });
});
