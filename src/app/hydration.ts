/**
 * What a prerendered page needs before it can be hydrated: the data it was
 * rendered from, loaded into the store through the usual loaders (so it is
 * validated as always), before React renders, so its first render
 * reproduces the HTML.
 */
import { DATASETS } from '../data/schema';
import { datasetKey, useDataStore } from './store';

/** The datasets the page lists for src/boot.ts to preload; any it does not know are left out. */
function listedDatasets(): { snapshotId: string; dataset: (typeof DATASETS)[number] }[] {
  const template = document.getElementById('after-first-paint');
  const links = template instanceof HTMLTemplateElement ? [...template.content.querySelectorAll('link[data-dataset]')] : [];
  return links.flatMap((link) => {
    const [snapshotId, dataset] = (link.getAttribute('data-dataset') ?? '').split('/');
    const known = DATASETS.find((d) => d === dataset);
    return snapshotId && known ? [{ snapshotId, dataset: known }] : [];
  });
}

/** Loads the manifest, the profile and the page's datasets; false if any failed, and the page must then render afresh (showing why). */
export async function loadPrerenderedData(): Promise<boolean> {
  const store = useDataStore.getState();
  const datasets = listedDatasets();
  await Promise.all([
    store.loadManifest(),
    store.loadPartnership(),
    ...datasets.map(({ snapshotId, dataset }) => store.loadDataset(snapshotId, dataset)),
  ]);
  const s = useDataStore.getState();
  return (
    s.manifest.status === 'ready' &&
    s.partnership.status === 'ready' &&
    datasets.every(({ snapshotId, dataset }) => s.datasets[datasetKey(snapshotId, dataset)]?.status === 'ready')
  );
}
