import type { DatasetFile } from '../../data/schema';
import type { ViewState } from '../../lib/url-state';
import type { FAMILY_PARAMS } from './params';

interface Props {
  familyGroup: DatasetFile<'family-group'>;
  cspCrime: DatasetFile<'csp-crime'>;
  state: ViewState<typeof FAMILY_PARAMS>;
}

export function FamilyGroupView({ familyGroup }: Props) {
  return <h1>Family group ({familyGroup.members.length} peers)</h1>;
}
