import type { DatasetFile } from '../../data/schema';
import type { ViewState } from '../../lib/url-state';
import type { YOUTH_ASB_PARAMS } from './params';

interface Props {
  asb: DatasetFile<'asb'>;
  state: ViewState<typeof YOUTH_ASB_PARAMS>;
}

export function YouthAsbView({ asb }: Props) {
  return <h1>Youth ASB ({asb.figures.length} figures)</h1>;
}
