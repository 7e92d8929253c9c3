import { FIGURE_DATASETS, type DatasetFile, type FigureDataset } from '../../data/schema';
import { compareSnapshots, type SnapshotContent } from './compare';

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

/** How many figures `later` publishes that `earlier` does not, counted as the changes view counts them. */
export function countNewFigures(earlierId: string, earlier: FigureFiles, laterId: string, later: FigureFiles): number {
  const figuresOnly = (id: string, files: FigureFiles): SnapshotContent => ({
    id,
    figures: FIGURE_DATASETS.flatMap((dataset) => files[dataset].figures.map((figure) => ({ dataset, figure }))),
    notes: [],
    actions: [],
    recommendations: [],
  });
  return compareSnapshots(figuresOnly(earlierId, earlier), figuresOnly(laterId, later)).counts.new;
}
