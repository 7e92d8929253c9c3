import type { DatasetFile } from '../../data/schema';
import type { ViewState } from '../../lib/url-state';
import type { SCORECARD_PARAMS } from './params';

interface Props {
  scorecards: DatasetFile<'scorecards'>;
  state: ViewState<typeof SCORECARD_PARAMS>;
}

export function ScorecardsView({ scorecards }: Props) {
  return <h1>Scorecards ({scorecards.rows.length} rows)</h1>;
}
