import { FIGURE_DATASETS, type DatasetFile, type FigureDataset } from '../../data/schema';
import type { SnapshotContent } from './compare';

/** The files of one snapshot that the comparison reads. */
export type FigureFiles = { [D in FigureDataset]: DatasetFile<D> };

/** One snapshot's figures (each with the file it came from), notes, actions and recommendations. */
export function snapshotContent(id: string, files: FigureFiles, notes: DatasetFile<'notes'>): SnapshotContent {
  return {
    id,
    figures: FIGURE_DATASETS.flatMap((dataset) => files[dataset].figures.map((figure) => ({ dataset, figure }))),
    notes: notes.notes,
    actions: files.actions.actions,
    recommendations: files.actions.recommendations,
  };
}
