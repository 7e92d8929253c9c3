import { sortParam } from '../../lib/url-state';

export const SCORECARD_PARAMS = {
  sort: sortParam(['indicator'], null),
};
