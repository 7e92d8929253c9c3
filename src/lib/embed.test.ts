import { describe, expect, it } from 'vitest';
import { embedSnippet, resizeMessage } from './embed';

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
});
