import { afterEach, describe, expect, it } from 'vitest';
import { followInEmbed, hrefFor } from './location';

function link(href: string, attributes: Record<string, string> = {}): HTMLAnchorElement {
  const a = document.createElement('a');
  a.href = href;
  for (const [k, v] of Object.entries(attributes)) a.setAttribute(k, v);
  document.body.append(a);
  return a;
}

afterEach(() => {
  document.body.replaceChildren();
  window.history.replaceState(null, '', '/');
});

describe('links inside an embedded view', () => {
  it('follows a link of the app in place, keeping the embed and replacing history', () => {
    window.history.replaceState(null, '', '/?snapshot=2099-07&embed=true');
    const before = window.history.length;
    expect(followInEmbed(link('./?view=beats&beat=56&snapshot=2099-07'))).toBe(true);
    expect(window.location.search).toBe('?view=beats&beat=56&snapshot=2099-07&embed=1');
    expect(window.history.length).toBe(before);
  });

  it('leaves new tabs, downloads and other origins to the browser', () => {
    window.history.replaceState(null, '', '/?embed=1');
    expect(followInEmbed(link('./?view=beats', { target: '_blank' }))).toBe(false);
    expect(followInEmbed(link('./data/figures.csv', { download: '' }))).toBe(false);
    expect(followInEmbed(link('https://example.invalid/?view=beats'))).toBe(false);
    expect(window.location.search).toBe('?embed=1');
  });

  it('goes to a section of the page without a history entry', () => {
    window.history.replaceState(null, '', '/?view=youth-asb&embed=1');
    const before = window.history.length;
    expect(followInEmbed(link('#asb-jag'))).toBe(true);
    expect(window.location.search).toBe('?view=youth-asb&embed=1');
    expect(window.history.length).toBe(before);
  });

  it('builds hrefs that open the full dashboard, never the embed', () => {
    expect(hrefFor(new URLSearchParams('view=beats&embed=1&part=all-crime-by-beat'))).toBe('./?view=beats');
  });
});
