import type { ReactNode } from 'react';
import type { PackSection as Section } from './pack-selectors';

/** One numbered section of the pack; each starts a new page on paper (pack.css). */
export function PackSection({ section, children }: { section: Section; children: ReactNode }) {
  return (
    <section className="pack-section" id={`pack-${section.id}`} aria-labelledby={`pack-${section.id}-title`}>
      <h2 id={`pack-${section.id}-title`}>{section.heading}</h2>
      {children}
    </section>
  );
}
