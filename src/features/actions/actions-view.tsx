import type { DatasetFile } from '../../data/schema';
import type { ViewState } from '../../lib/url-state';
import type { ACTIONS_PARAMS } from './params';

interface Props {
  actions: DatasetFile<'actions'>;
  state: ViewState<typeof ACTIONS_PARAMS>;
}

export function ActionsView({ actions }: Props) {
  return <h1>Actions ({actions.actions.length})</h1>;
}
