import { useEffect } from 'react';
import { pageMarginRule } from '../../lib/css-string';

/** The pack's page-margin rule naming the partnership: pack.css holds the rest of its page rules. */
export function pageNameRule(name: string): string {
  return pageMarginRule('pack', 'top-left', name);
}

/**
 * Puts the partnership's name in the top margin of every printed page. The
 * name comes from the profile, so the rule is made at run time, as a
 * constructed stylesheet: the app's Content-Security-Policy (style-src
 * 'self') forbids inline <style>, but not a sheet built through the CSSOM,
 * and the name goes in as an escaped CSS string, so it cannot end the rule.
 */
export function usePageName(name: string): void {
  useEffect(() => {
    if (typeof CSSStyleSheet === 'undefined' || !('adoptedStyleSheets' in document)) return;
    let sheet: CSSStyleSheet;
    try {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(pageNameRule(name));
    } catch {
      // A browser without constructable sheets prints the pack without the name in the margin; the cover still names it.
      return;
    }
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    return () => {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
    };
  }, [name]);
}
