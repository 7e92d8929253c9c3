/**
 * How the ASB figures are grouped on the page. A module constant, so the
 * grouping is reviewed in one place; a measure missing from it still appears,
 * in "Other ASB figures", so nothing published is ever dropped.
 */

export const SECTION_IDS = [
  'youth-asb',
  'interventions',
  'diversion',
  'case-reviews',
  'jag',
  'vehicle-theft',
  'asb-reports',
  'county-lines',
  'other',
] as const;
export type SectionId = (typeof SECTION_IDS)[number];

export const FALLBACK_SECTION: SectionId = 'other';

export interface SectionInfo {
  id: SectionId;
  title: string;
  /** Measures in the order the tables and chart keys list them. */
  measures: readonly string[];
}

export const SECTIONS: readonly SectionInfo[] = [
  {
    id: 'youth-asb',
    title: 'Youth-related ASB records',
    measures: ['youth-asb-records'],
  },
  {
    id: 'interventions',
    title: 'Interventions on the ASB incremental ladder',
    measures: ['asb-advice-young-people', 'asb-written-warnings-young-people', 'abc-contracts', 'abc-contracts-successful', 'abc-refusals'],
  },
  {
    id: 'diversion',
    title: 'Diversionary activity for young people',
    measures: [
      'diversionary-activity-young-people',
      'youth-work-engaged-young-people',
      'youth-work-known-to-services',
      'multisport-young-people',
      'go-getta-young-people',
      'go-getta-mentoring-young-people',
      'knife-crime-project-referrals',
      'knife-crime-project-completions',
      'hit-the-street-participants',
      'hit-the-street-event-young-people',
      'multisport-satellite-clubs',
      'multisport-satellite-club-attendees',
      'hitz-participants',
      'get-active-students',
      'youth-card-young-people',
    ],
  },
  {
    id: 'case-reviews',
    title: 'ASB Case Reviews and Community Triggers',
    measures: [
      'youth-asb-case-reviews',
      'community-triggers',
      'community-triggers-threshold-not-met',
      'community-triggers-awaiting-review',
      'community-trigger-formal-reviews',
      'community-trigger-action-plans',
      'community-trigger-appeals',
    ],
  },
  {
    id: 'jag',
    title: 'Youth JAG and Adults at Risk cases',
    measures: [
      'youth-jag-cases',
      'adults-at-risk-cases',
      'youth-jag-meetings',
      'youth-jag-extreme-risk',
      'youth-jag-extreme-risk-aged-13',
      'jag-high-risk-referrals',
      'op-gizmo-escalations',
      'partial-closure-order-cases',
      'dso-training-events',
      'dso-trained',
    ],
  },
  {
    id: 'vehicle-theft',
    title: 'Motorcycles and theft of motor vehicles',
    measures: ['theft-of-motor-vehicles', 'motorcycle-linked-vehicle-theft', 'motorcycles-stolen', 'youth-motorbike-incidents'],
  },
  {
    id: 'asb-reports',
    title: 'ASB incidents, Sentinel reports and hotspots',
    measures: [
      'asb-incidents',
      'sentinel-asb-reports',
      'sentinel-asb-reports-council',
      'sentinel-asb-reports-police',
      'hotspots',
      'hotspots-asb',
      'hotspots-mixed',
    ],
  },
  {
    id: 'county-lines',
    title: 'County lines and drugs operations',
    measures: [
      'county-lines',
      'county-lines-child-vulnerability',
      'county-lines-adult-vulnerability',
      'county-lines-arrests',
      'county-lines-warrants',
      'safeguarding-visits',
      'anpr-operations',
      'anpr-operation-arrests',
      'cash-seized',
      'cash-seized-euros',
      'crack-cocaine-seized-value',
      'cannabis-seized',
      'designer-clothing-seized-value',
      'drug-operation-addresses',
      'drug-operation-charges',
      'drug-operation-people-charged',
    ],
  },
  {
    id: 'other',
    title: 'Other ASB figures',
    measures: [],
  },
];

/**
 * Charts published only as images carry a title but no measure, so they are
 * placed by their wording; `measure` keeps them visible when the page is
 * filtered to that measure.
 */
export const IMAGE_CHART_RULES: readonly { pattern: RegExp; section: SectionId; measure: string | null }[] = [
  { pattern: /youth[ -]related asb/i, section: 'youth-asb', measure: 'youth-asb-records' },
  { pattern: /asb (case )?reviews?|community trigger/i, section: 'case-reviews', measure: 'community-triggers' },
  { pattern: /motorcycle|theft of (motor )?vehicles/i, section: 'vehicle-theft', measure: 'motorcycle-linked-vehicle-theft' },
  { pattern: /county lines/i, section: 'county-lines', measure: 'county-lines' },
  { pattern: /hotspot/i, section: 'asb-reports', measure: 'hotspots' },
];

/** Chart titles in the documents' own words, where they name the series. */
export const CHART_TITLES: Readonly<Record<string, string>> = {
  'motorcycle-linked-vehicle-theft': 'Theft of motor vehicles, and those linked to motorcycles,',
};

/** Table headers for printed shares whose base the measure name alone does not say. */
export const EXTRA_HEADERS: Readonly<Record<string, string>> = {
  'motorcycle-linked-vehicle-theft|share': 'Linked to motorcycles: % of theft of motor vehicles, as printed',
};
