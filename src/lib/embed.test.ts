import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { embedSnippet, hostPolicy, resizeMessage, resizeScriptText, scriptHashSource } from './embed';

describe('embed snippet', () => {
  const snippet = embedSnippet('https://dash.example/cs/?view=beats&measure=robbery&embed=1', 'Charnwood CSP: "Beat trends" <Robbery>');

  it('is an iframe with a meaningful, escaped title, lazy loading and full width', () => {
    expect(snippet).toContain('<iframe src="https://dash.example/cs/?view=beats&amp;measure=robbery&amp;embed=1"');
    expect(snippet).toContain('title="Charnwood CSP: &quot;Beat trends&quot; &lt;Robbery&gt;"');
    expect(snippet).toContain('loading="lazy"');
    expect(snippet).toContain('width="100%"');
    expect(snippet).toMatch(/height="\d+"/);
  });

  it('resizes only for messages from the dashboard origin', () => {
    expect(snippet).toContain('var origin = "https://dash.example";');
    expect(snippet).toContain('event.origin !== origin');
  });

  it('sends whole-pixel heights', () => {
    expect(resizeMessage(812.2)).toEqual({ type: 'csp-dashboard:resize', height: 813 });
  });

  it("gives the hash of the script's exact text, for a host's script-src", async () => {
    const text = resizeScriptText('https://dash.example');
    expect(snippet).toContain(`<script>${text}</script>`);
    const expected = createHash('sha256').update(text, 'utf8').digest('base64');
    const source = await scriptHashSource(text);
    expect(source).toBe(`'sha256-${expected}'`);
    expect(hostPolicy('https://dash.example', source)).toBe(`frame-src https://dash.example; script-src 'sha256-${expected}'`);
  });
});
