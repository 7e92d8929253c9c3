import { describe, it } from 'vitest';
import { expectEverySortRoundTrips } from '../../../test/unit/sort-round-trip';
import { ACTION_COLUMNS } from './action-columns';
import { ACTIONS_PARAMS } from './params';

describe("every sortable column of each meeting's actions table round-trips through the URL", () => {
  it.each(['2099-01-10', 'not-recorded'])('sort.%s', (meeting) => {
    expectEverySortRoundTrips(ACTIONS_PARAMS, { family: 'sort', table: meeting }, ACTION_COLUMNS);
  });
});
