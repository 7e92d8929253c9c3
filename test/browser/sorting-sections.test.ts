/**
 * Every sort button of every table on the pages with many tables (each youth
 * ASB section, the actions and their counts, every scorecard and funding
 * profile) sorts its own table; see sort-check.ts for what is checked.
 */
import { describe } from 'node:test';
import { servedBrowser, test } from './harness.ts';
import { checkPage, type PageCase } from './sort-check.ts';

const suite = servedBrowser();

const PAGES: PageCase[] = [
  { name: 'youth ASB, every section', query: 'view=youth-asb', tables: true, sorts: true },
  { name: 'actions', query: 'view=actions', sorts: true },
  { name: 'scorecards', query: 'view=scorecards', sorts: true },
];

describe('every sort button sorts its own table', () => {
  for (const c of PAGES) {
    test(c.name, { timeout: 90_000 }, (t) => checkPage(t, suite, c));
  }
});
