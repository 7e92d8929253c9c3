/**
 * How the ASB figures are grouped on the page. The sections, their measures
 * and the documents' own wordings come from the partnership's profile; a
 * measure no section lists still appears, in "Other ASB figures", so nothing
 * published is ever dropped.
 */
import type { Partnership } from '../../data/partnership';
import type { AreaRef } from '../../data/partnership-areas';

/** The catch-all section the code provides; the profile may not use its id. */
export const FALLBACK_SECTION = 'other';

export interface SectionInfo {
  id: string;
  title: string;
  /** Measures in the order the tables and chart keys list them. */
  measures: readonly string[];
}

/** Everything the ASB selectors need from the profile, built once per profile. */
export interface AsbLayout {
  /** In page order, the fallback last. */
  sections: readonly SectionInfo[];
  sectionOf: ReadonlyMap<string, string>;
  /** Each listed measure's position across all sections, for the tables' order. */
  measureOrder: ReadonlyMap<string, number>;
  /** Chart titles in the documents' own words, where they name the series, by measure. */
  chartTitles: Readonly<Record<string, string>>;
  /** Table headers for printed shares whose base the measure name alone does not say, by measure. */
  shareHeaders: Readonly<Record<string, string>>;
  /** The partnership's own area: a line for it is named by its measure alone. */
  area: AreaRef;
}

export function asbLayout(p: Pick<Partnership, 'asbSections' | 'asbLabels' | 'partnership'>): AsbLayout {
  const sections: SectionInfo[] = [
    ...p.asbSections.map((s) => ({ id: s.id, title: s.title, measures: s.measures })),
    { id: FALLBACK_SECTION, title: 'Other ASB figures', measures: [] },
  ];
  return {
    sections,
    sectionOf: new Map(sections.flatMap((s) => s.measures.map((m) => [m, s.id] as const))),
    measureOrder: new Map(sections.flatMap((s) => s.measures).map((m, i) => [m, i])),
    chartTitles: p.asbLabels.chartTitles,
    shareHeaders: p.asbLabels.shareHeaders,
    area: p.partnership.area,
  };
}

export function sectionIds(layout: AsbLayout): string[] {
  return layout.sections.map((s) => s.id);
}
