import { describe, it } from 'vitest';
import { expectEverySortRoundTrips } from '../../../test/unit/sort-round-trip';
import { ACTION_COLUMNS } from './action-columns';
import { ACTIONS_PARAMS } from './params';

describe('every sortable column of the actions table round-trips through the URL', () => {
  it('under sort', () => {
    expectEverySortRoundTrips(ACTIONS_PARAMS, { param: 'sort' }, ACTION_COLUMNS);
  });
});
