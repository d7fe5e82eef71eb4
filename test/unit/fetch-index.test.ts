import { afterEach, describe, expect, it, vi } from 'vitest';
import { SCHEMA_VERSION } from '../../src/model/idea-index.ts';
import { fetchIndex } from '../../src/search/fetch-index.ts';

const serve = (respond: () => Promise<Response>) => vi.stubGlobal('fetch', vi.fn(respond));
const validIndex = {
  schemaVersion: SCHEMA_VERSION,
  generatedAt: 'x',
  upstream: { repository: 'r', ref: 'main', root: '' },
  terms: [],
  projects: [],
  ideas: [],
  redirects: {},
  facets: { skills: [], mentors: [], projects: [], programs: [], years: [] },
  diagnostics: [],
};

afterEach(() => vi.unstubAllGlobals());

describe('fetchIndex (the worker and the page both load through it)', () => {
  it('returns a checked index and says when the bytes arrived', async () => {
    serve(async () => new Response(JSON.stringify(validIndex)));
    const downloaded = vi.fn();
    const result = await fetchIndex('/ideas-index.json', downloaded);
    expect(result).toMatchObject({ ok: true, index: { schemaVersion: SCHEMA_VERSION } });
    expect(downloaded).toHaveBeenCalledOnce();
  });

  it.each([
    ['the network fails', async () => Promise.reject(new TypeError('Failed to fetch')), 'could not be downloaded. Check your connection'],
    ['the server answers 404', async () => new Response('nope', { status: 404 }), 'could not be downloaded (HTTP 404)'],
    ['the body is not JSON', async () => new Response('<html>'), 'is not valid JSON'],
    ['the schema is unknown', async () => new Response(JSON.stringify({ ...validIndex, schemaVersion: 99 })), 'schema'],
    [
      'the index is of schema version 1',
      async () => new Response(JSON.stringify({ schemaVersion: 1, ideas: [] })),
      `schema version 1; this app reads version ${SCHEMA_VERSION}`,
    ],
  ])('gives a clear message when %s', async (_, respond, message) => {
    serve(respond);
    const result = await fetchIndex('/ideas-index.json');
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.message).toContain(message);
  });
});
