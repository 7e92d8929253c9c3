import { AreaPicker } from '../../components/area-picker/area-picker';
import { SelectField } from '../../components/form/select-field';
import type { Subareas } from '../../data/partnership-areas';
import { capitalise } from '../../lib/words';
import type { ViewState } from '../../lib/url-state';
import { TOP_N, type LineChoice } from './many-areas';
import type { BEAT_PARAMS } from './params';

interface Props {
  subareas: Subareas;
  state: ViewState<typeof BEAT_PARAMS>;
}

const CHOICES: readonly LineChoice[] = ['top-value', 'top-change', 'chosen'];

/**
 * In place of a checkbox per area when there are many: which lines the chart
 * draws (the top N by the newest count or by the rise over the periods
 * shown, or the reader's own choice) and a searchable picker for that choice.
 */
export function AreaControls({ subareas, state }: Props) {
  const { params, setParams } = state;
  const labels: Record<LineChoice, string> = {
    'top-value': `Top ${TOP_N} by newest count`,
    'top-change': `Top ${TOP_N} by rise over the periods shown`,
    chosen: `The ${subareas.plural} I choose`,
  };
  return (
    <fieldset className="field area-controls">
      <legend>{capitalise(subareas.plural)} to draw</legend>
      <SelectField
        id="beat-lines"
        label="Lines drawn"
        value={params.lines}
        options={CHOICES.map((c) => ({ value: c, label: labels[c] }))}
        onChange={(lines) => setParams({ lines: CHOICES.find((c) => c === lines) ?? 'top-value', page: '1' })}
      />
      <AreaPicker
        label={`Choose ${subareas.plural}`}
        plural={subareas.plural}
        hint={`Type a name or code; each ${subareas.singular} chosen is drawn.`}
        options={subareas.areas.map((a) => ({ value: a.code, label: a.label }))}
        selected={params.beats}
        // Choosing an area means drawing the chosen ones.
        onChange={(beats) => setParams({ beats, lines: beats.length > 0 ? 'chosen' : params.lines })}
      />
    </fieldset>
  );
}
