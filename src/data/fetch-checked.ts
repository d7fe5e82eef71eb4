import type { Checked } from '../model/validate-app-data.ts';

export interface FetchOptions {
  /** Hashed files never change: the browser's cache may answer. The cards are revalidated. */
  cache?: RequestCache;
  /** Marks the moment the bytes have arrived, before parsing. */
  onDownloaded?: () => void;
}

/**
 * Downloads, parses and checks one data file, turning every failure into a message for the user
 * that names `what` ("The idea data"). Used by the search worker, the page's own loading and the
 * idea pages' detail shards.
 */
export async function fetchChecked<T>(url: string, what: string, check: (json: unknown) => Checked<T>, options: FetchOptions = {}): Promise<Checked<T>> {
  let body: string;
  try {
    const response = await fetch(url, { cache: options.cache ?? 'no-cache' });
    if (!response.ok) return { ok: false, message: `${what} could not be downloaded (HTTP ${response.status}).` };
    body = await response.text();
  } catch {
    return { ok: false, message: `${what} could not be downloaded. Check your connection and try again.` };
  }
  options.onDownloaded?.();
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return { ok: false, message: `${what} is not valid JSON.` };
  }
  return check(json);
}
