/**
 * Fetching published files. No React here: the loaders return validated data
 * or a list of plain-English errors naming the file, so the UI can say what
 * went wrong where it matters and keep the rest of the page working.
 */
import type { DatasetFile, DatasetId, Manifest } from './schema';
import type { Partnership } from './partnership';
import { parseJson, validateDataset, validateManifest, validatePartnership, type Validated } from './validate';

/** Resolved against the page, so the app works from any sub-path of a static host. */
export function dataUrl(path: string): string {
  return `${import.meta.env.BASE_URL}data/${path}`;
}

async function fetchText(path: string, fetcher: typeof fetch): Promise<Validated<string>> {
  let response: Response;
  try {
    response = await fetcher(dataUrl(path));
  } catch (e) {
    return { ok: false, errors: [`${path}: could not be fetched (${e instanceof Error ? e.message : String(e)})`] };
  }
  if (!response.ok) return { ok: false, errors: [`${path}: the server answered ${response.status} ${response.statusText}`.trim()] };
  return { ok: true, data: await response.text() };
}

export async function loadManifest(fetcher: typeof fetch = fetch): Promise<Validated<Manifest>> {
  const text = await fetchText('manifest.json', fetcher);
  if (!text.ok) return text;
  const json = parseJson('manifest.json', text.data);
  if (!json.ok) return json;
  return validateManifest('manifest.json', json.data);
}

/** The partnership profile: at a fixed path, so it loads alongside the manifest rather than after it. */
export async function loadPartnership(fetcher: typeof fetch = fetch): Promise<Validated<Partnership>> {
  const text = await fetchText('partnership.json', fetcher);
  if (!text.ok) return text;
  const json = parseJson('partnership.json', text.data);
  if (!json.ok) return json;
  return validatePartnership('partnership.json', json.data);
}

export async function loadDataset<D extends DatasetId>(
  snapshotId: string,
  dataset: D,
  fetcher: typeof fetch = fetch,
): Promise<Validated<DatasetFile<D>>> {
  const path = `${snapshotId}/${dataset}.json`;
  const text = await fetchText(path, fetcher);
  if (!text.ok) return text;
  const json = parseJson(path, text.data);
  if (!json.ok) return json;
  const result = validateDataset(path, dataset, json.data);
  if (result.ok && result.data.snapshotId !== snapshotId) {
    return { ok: false, errors: [`${path}: snapshotId: is ${result.data.snapshotId}, expected ${snapshotId}`] };
  }
  return result;
}
