import { checkIndex, type IndexCheck } from '../model/validate-index.ts';

const UNREACHABLE = 'The idea index could not be downloaded. Check your connection and try again.';

/**
 * Downloads, parses and checks the index, turning every failure into a message for the user.
 * Shared by the search worker and the page's own loading; `onDownloaded` marks the moment the
 * bytes have arrived, before parsing.
 */
export async function fetchIndex(url: string, onDownloaded?: () => void): Promise<IndexCheck> {
  let body: string;
  try {
    const response = await fetch(url, { cache: 'no-cache' });
    if (!response.ok) return { ok: false, message: `The idea index could not be downloaded (HTTP ${response.status}).` };
    body = await response.text();
  } catch {
    return { ok: false, message: UNREACHABLE };
  }
  onDownloaded?.();
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return { ok: false, message: 'The idea index is not valid JSON.' };
  }
  return checkIndex(json);
}
