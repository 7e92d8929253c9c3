/**
 * A view that draws one measure of a split dataset loads only that
 * measure's part and the part of every measure's newest period (for tables
 * of every area at a glance and the list of measures), not the whole
 * dataset. Where the snapshot publishes the dataset as one file, or the view
 * needs all of it, this is the whole file, as `useDataset` loads it.
 */
import { useEffect, useMemo, useState } from 'react';
import type { DatasetFile, Manifest, SplittableDataset } from '../data/schema';
import { areaPart, listedParts, mergeParts, partMeasures, type ListedPart } from '../data/parts';
import { datasetKey, partKey, useDataStore, type LoadState } from './store';

const IDLE = { status: 'idle' } as const;

/** The measure a view shows: the one asked for where it has a part, else the first of `preferred` that has one, else the first. */
export function chosenMeasure(measures: readonly string[], preferred: readonly string[], asked: string): string | null {
  if (measures.includes(asked)) return asked;
  return preferred.find((m) => measures.includes(m)) ?? [...measures].sort()[0] ?? null;
}

function usePart<D extends SplittableDataset>(snapshotId: string, dataset: D, part: ListedPart | null): LoadState<DatasetFile<D>> {
  const key = part ? partKey(part.path) : '';
  const state = useDataStore((s) => (part ? (s.datasets[key] ?? IDLE) : IDLE));
  const load = useDataStore((s) => s.loadPart);
  useEffect(() => {
    if (part) void load(snapshotId, dataset, part);
  }, [load, snapshotId, dataset, part]);
  // The store keys each part by its path, and the loader validated it with its dataset's schema.
  return state as LoadState<DatasetFile<D>>;
}

function useWhole<D extends SplittableDataset>(enabled: boolean, snapshotId: string, dataset: D): LoadState<DatasetFile<D>> {
  const state = useDataStore((s) => (enabled ? (s.datasets[datasetKey(snapshotId, dataset)] ?? IDLE) : IDLE));
  const load = useDataStore((s) => s.loadDataset);
  useEffect(() => {
    if (enabled) void load(snapshotId, dataset);
  }, [enabled, load, snapshotId, dataset]);
  // As in useDataset: keyed by dataset id and validated with its schema.
  return state as LoadState<DatasetFile<D>>;
}

/** The dataset as far as it has loaded, and the measure whose part is still on its way while an earlier one is shown. */
export interface MeasurePart<D extends SplittableDataset> {
  state: LoadState<DatasetFile<D>>;
  /**
   * Set while `state` holds an earlier measure's part in place of this one's:
   * its newest period is there already (from the newest part), the rest not,
   * so a view drawing it now would draw one period where there are many.
   */
  waitingFor: string | null;
}

/** An area whose own page is shown: where the dataset is split, only that area's part loads. */
export interface AreaRef {
  type: string;
  code: string;
}

/**
 * `measure` null asks for the whole dataset, or with `area` for every figure
 * of that area (its part alone, where the dataset is split). While another
 * measure's part loads, the figures last shown stay (with the newest period
 * of every measure, so the page keeps its place) instead of a loading message.
 */
export function useMeasurePart<D extends SplittableDataset>(
  manifest: Manifest,
  snapshotId: string,
  dataset: D,
  measure: string | null,
  preferred: readonly string[],
  area: AreaRef | null = null,
): MeasurePart<D> {
  const parts = useMemo(() => listedParts(manifest, snapshotId, dataset), [manifest, snapshotId, dataset]);
  const split = parts.length > 0 && measure !== null;
  // Only where the manifest has an index of area parts: without one (an older build's manifest), every area would
  // read as having no figures, so the page loads the measure parts whole, as it did before area parts.
  const byArea = measure === null && area !== null && parts.some((p) => p.part.kind === 'area');
  const chosen = split ? chosenMeasure(partMeasures(parts), preferred, measure) : null;
  const measurePart = parts.find((p) => p.part.kind === 'measure' && p.part.measure === chosen) ?? null;
  // An area with no figures in the dataset has no part: what it then shows is none of them, with what was not
  // published (from the newest part, the smallest whole file of the dataset).
  const ofArea = byArea && area ? areaPart(parts, area) : null;
  const newestPart = split || (byArea && !ofArea) ? (parts.find((p) => p.part.kind === 'newest') ?? null) : null;
  const areaState = usePart(snapshotId, dataset, ofArea);
  const whole = useWhole(!split && !byArea, snapshotId, dataset);
  const one = usePart(snapshotId, dataset, measurePart);
  const newest = usePart(snapshotId, dataset, newestPart);
  // The measure whose part was last ready: React's pattern for keeping what an earlier render showed.
  const [shown, setShown] = useState<ListedPart | null>(null);
  if (one.status === 'ready' && shown !== measurePart) setShown(measurePart);
  // Idle too: the render that asks for a new part comes before the effect that starts loading it, and a loading
  // message there would take the view down and back (losing its place) for one frame.
  const pending = one.status === 'idle' || one.status === 'loading';
  const previous = usePart(snapshotId, dataset, pending ? shown : null);
  const drawn = pending && previous.status === 'ready' ? previous : one;
  const state = useMemo((): LoadState<DatasetFile<D>> => {
    if (byArea) {
      if (ofArea) return areaState;
      return newest.status === 'ready' ? { status: 'ready', data: { ...newest.data, figures: [] } } : newest;
    }
    if (!split) return whole;
    const states = [newest, drawn];
    const errors = states.flatMap((s) => (s.status === 'error' ? s.errors : []));
    if (errors.length > 0) return { status: 'error', errors };
    if (newest.status !== 'ready' || drawn.status !== 'ready') return { status: 'loading' };
    const merged = mergeParts([newest.data, drawn.data]);
    return merged ? { status: 'ready', data: merged } : { status: 'loading' };
  }, [byArea, ofArea, areaState, split, whole, newest, drawn]);
  const waitingFor = split && pending && previous.status === 'ready' ? chosen : null;
  return useMemo(() => ({ state, waitingFor }), [state, waitingFor]);
}
