import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { figure, periodMap } from '../../../test/unit/fixtures';
import type { Subareas } from '../../data/partnership-areas';
import { heatTable } from './heat-table-data';
import { HeatTable } from './heat-table';

// SYNTHETIC: 40 sectors (three steps of rows), one crime type, one year to date.
const YTD = 'fy2097-98-ytd-2097-12-05';
const CODES = Array.from({ length: 40 }, (_, i) => `S${i + 1}`);
const SECTORS: Subareas = {
  type: 'sector',
  singular: 'sector',
  plural: 'sectors',
  areas: CODES.map((code) => ({ code, name: `Sector ${code}`, shortName: null, label: `Sector ${code}` })),
};
const TABLE = heatTable(
  CODES.map((areaCode, i) => figure({ areaType: 'sector', areaCode, period: YTD, value: i + 1 })),
  periodMap([YTD]),
  ['all-crime'],
  SECTORS,
);

describe('HeatTable', () => {
  it('gives a link in a step not yet re-linked the current filters as soon as it is used', async () => {
    if (!TABLE) throw new Error('no table');
    const linkTo = (filter: string) => (beat: string, crime: string, period: string) =>
      `?${filter}&beat=${beat}&crime=${crime}&period=${period}`;
    const table = (filter: string) => <HeatTable table={TABLE} subareas={SECTORS} measureName={(m) => m} linkTo={linkTo(filter)} />;
    const { rerender } = render(table('lines=top-10'));
    await waitFor(() => expect(screen.getAllByRole('row')).toHaveLength(41));
    rerender(table('lines=top-change'));
    const last = screen.getByRole('row', { name: /Sector S40/ });
    const sector = within(last).getByRole('link', { name: 'Sector S40' });
    fireEvent.focus(sector);
    expect(sector.getAttribute('href')).toBe('?lines=top-change&beat=S40&crime=&period=');
    const cell = within(last).getByRole('link', { name: /all-crime, Sector S40/ });
    fireEvent.pointerDown(cell);
    expect(cell.getAttribute('href')).toBe(`?lines=top-change&beat=S40&crime=all-crime&period=${YTD}`);
  });
});
