import { sortParam, textParam } from '../../lib/url-state';

export const ACTIONS_PARAMS = {
  q: textParam(200),
  sort: sortParam(['meeting', 'owner', 'status'], null),
};
