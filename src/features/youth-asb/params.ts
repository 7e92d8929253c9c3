import { sortParam } from '../../lib/url-state';

export const YOUTH_ASB_PARAMS = {
  sort: sortParam(['measure', 'period', 'value'], null),
};
