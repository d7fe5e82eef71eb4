import { afterEach, describe, expect, it, vi } from 'vitest';
import { fetchChecked } from '../../src/data/fetch-checked.ts';
import { APP_DATA_VERSION } from '../../src/model/app-data.ts';
import { checkCards } from '../../src/model/validate-app-data.ts';

const serve = (respond: () => Promise<Response>) => vi.stubGlobal('fetch', vi.fn(respond));
const validCards = {
  schemaVersion: APP_DATA_VERSION,
  generatedAt: 'x',
  upstream: { repository: 'r', ref: 'main', root: '' },
  terms: [],
  projects: [],
  ideas: [],
  redirects: {},
  text: 'text.0.json',
  details: {},
};

afterEach(() => vi.unstubAllGlobals());

describe('fetchChecked (the worker, the page and the idea pages load the data through it)', () => {
  it('returns the checked data and says when the bytes arrived', async () => {
    serve(async () => new Response(JSON.stringify(validCards)));
    const downloaded = vi.fn();
    const result = await fetchChecked('/app-data/cards.json', 'The idea data', checkCards, { onDownloaded: downloaded });
    expect(result).toMatchObject({ ok: true, value: { schemaVersion: APP_DATA_VERSION } });
    expect(downloaded).toHaveBeenCalledOnce();
  });

  it.each([
    ['the network fails', async () => Promise.reject(new TypeError('Failed to fetch')), 'The idea data could not be downloaded. Check your connection'],
    ['the server answers 404', async () => new Response('nope', { status: 404 }), 'The idea data could not be downloaded (HTTP 404)'],
    ['the body is not JSON', async () => new Response('<html>'), 'The idea data is not valid JSON'],
    [
      'the data is of another schema version',
      async () => new Response(JSON.stringify({ ...validCards, schemaVersion: 99 })),
      `schema version 99; this app reads version ${APP_DATA_VERSION}`,
    ],
  ])('gives a clear message when %s', async (_, respond, message) => {
    serve(respond);
    const result = await fetchChecked('/app-data/cards.json', 'The idea data', checkCards);
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.message).toContain(message);
  });
});
