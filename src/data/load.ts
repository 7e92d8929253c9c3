/**
 * Fetching published files. No React here: the loaders return validated data
 * or a list of plain-English errors naming the file, so the UI can say what
 * went wrong where it matters and keep the rest of the page working.
 */
import type { DatasetFile, DatasetId, Manifest } from './schema';
import type { Partnership } from './partnership';
import { decodeDatasetText, parseJson, validateManifest, validatePartnership, type Validated } from './validate';

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

/**
 * The partnership profile: at a fixed path, so it loads alongside the
 * manifest rather than after it, and checked against the manifest's sha256
 * once both have arrived (null where the manifest did not load: its own
 * error is then what the page shows), as a dataset is.
 */
export async function loadPartnership(
  fetcher: typeof fetch = fetch,
  expectedSha256: string | null | Promise<string | null> = null,
): Promise<Validated<Partnership>> {
  const text = await fetchChecked('partnership.json', fetcher, expectedSha256);
  if (!text.ok) return text;
  const json = parseJson('partnership.json', text.data);
  if (!json.ok) return json;
  return validatePartnership('partnership.json', json.data);
}

async function fetchBytes(path: string, fetcher: typeof fetch): Promise<Validated<ArrayBuffer>> {
  let response: Response;
  try {
    response = await fetcher(dataUrl(path));
    if (!response.ok) return { ok: false, errors: [`${path}: the server answered ${response.status} ${response.statusText}`.trim()] };
    return { ok: true, data: await response.arrayBuffer() };
  } catch (e) {
    return { ok: false, errors: [`${path}: could not be fetched (${e instanceof Error ? e.message : String(e)})`] };
  }
}

/**
 * The file's SHA-256 in hex; null where the browser offers no Web Crypto (it
 * does only to pages served over https or from localhost), and the file is
 * then read unchecked rather than not at all.
 */
async function sha256Hex(bytes: ArrayBuffer): Promise<string | null> {
  const subtle = (globalThis.crypto as Crypto | undefined)?.subtle as SubtleCrypto | undefined;
  if (subtle === undefined) return null;
  // A view rather than the buffer itself: Web Crypto refuses a buffer made in another realm (as jsdom's tests do).
  const digest = new Uint8Array(await subtle.digest('SHA-256', new Uint8Array(bytes)));
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * One dataset of one snapshot. `expectedSha256` is the manifest's hash of the
 * file (null where the manifest does not list it or did not load, and then
 * the manifest's own error is what the page shows): a file that differs is
 * refused, so a copy cached before an update is never shown as this
 * snapshot's figures.
 */
export async function loadDataset<D extends DatasetId>(
  snapshotId: string,
  dataset: D,
  fetcher: typeof fetch = fetch,
  expectedSha256: string | null | Promise<string | null> = null,
): Promise<Validated<DatasetFile<D>>> {
  return loadDatasetFile(`${snapshotId}/${dataset}.json`, snapshotId, dataset, fetcher, expectedSha256);
}

/**
 * A file's text, refused where its bytes differ from the manifest's sha256,
 * so a copy cached before an update is never read as this one.
 */
async function fetchChecked(
  path: string,
  fetcher: typeof fetch,
  expectedSha256: string | null | Promise<string | null>,
): Promise<Validated<string>> {
  const bytes = await fetchBytes(path, fetcher);
  if (!bytes.ok) return bytes;
  // Awaited only now, so the file downloads while the manifest is still on its way.
  const expected = await expectedSha256;
  if (expected !== null) {
    let actual: string | null;
    try {
      actual = await sha256Hex(bytes.data);
    } catch (e) {
      return { ok: false, errors: [`${path}: could not be checked against the manifest (${e instanceof Error ? e.message : String(e)})`] };
    }
    if (actual !== null && actual !== expected) {
      return {
        ok: false,
        errors: [`${path} does not match the manifest: the dashboard has been updated since this page loaded — reload the page`],
      };
    }
  }
  try {
    return { ok: true, data: new TextDecoder('utf-8', { fatal: true }).decode(bytes.data) };
  } catch {
    return { ok: false, errors: [`${path}: not valid UTF-8 text`] };
  }
}

/** One file of a dataset at `path`: the whole dataset, or one part of a split one (src/data/parts.ts), checked as `loadDataset` checks. */
export async function loadDatasetFile<D extends DatasetId>(
  path: string,
  snapshotId: string,
  dataset: D,
  fetcher: typeof fetch = fetch,
  expectedSha256: string | null | Promise<string | null> = null,
): Promise<Validated<DatasetFile<D>>> {
  const text = await fetchChecked(path, fetcher, expectedSha256);
  if (!text.ok) return text;
  return decodeDatasetText(path, dataset, snapshotId, text.data);
}
