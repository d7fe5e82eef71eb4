/**
 * Downloads, parses and checks the idea index off the main thread, then hands the ideas over in
 * chunks: parsing a 10,000-idea index (~25 MB of JSON) in one go would freeze the page.
 */
import { checkIndex } from '../model/validate-index.ts';
import type { IndexLoadMessage, IndexLoadRequest } from './index-load-protocol.ts';

const post = (message: IndexLoadMessage) => postMessage(message);

onmessage = async (event: MessageEvent<IndexLoadRequest>) => {
  const { url, chunkSize } = event.data;
  let response: Response;
  try {
    response = await fetch(url, { cache: 'no-cache' });
  } catch {
    post({ type: 'error', message: 'The idea index could not be downloaded. Check your connection and try again.' });
    return;
  }
  if (!response.ok) {
    post({ type: 'error', message: `The idea index could not be downloaded (HTTP ${response.status}).` });
    return;
  }
  let json: unknown;
  try {
    json = await response.json();
  } catch {
    post({ type: 'error', message: 'The idea index is not valid JSON.' });
    return;
  }
  const checked = checkIndex(json);
  if (!checked.ok) {
    post({ type: 'error', message: checked.message });
    return;
  }
  const { ideas, ...meta } = checked.index;
  for (let i = 0; i < ideas.length; i += chunkSize) post({ type: 'ideas', ideas: ideas.slice(i, i + chunkSize) });
  post({ type: 'done', meta });
};
