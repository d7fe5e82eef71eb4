import { readFileSync } from 'node:fs';
import { Ajv, type ValidateFunction } from 'ajv';
import { describe, expect, it } from 'vitest';
import { IDEAS_CSV_COLUMNS, ideasCsv } from '../../src/ingest/emit/ideas-csv.ts';
import { INDEX_SCHEMA_PATH, indexJsonSchema } from '../../src/ingest/emit/index-schema.ts';
import { LOCAL_ORIGIN, resolveSiteUrl, SiteUrlError, siteLinks } from '../../src/ingest/emit/site-url.ts';
import { SCHEMA_VERSION, type IdeaIndex } from '../../src/model/idea-index.ts';
import { builtIndexFile, indexFixture } from './helpers.ts';

const EMAIL = /[\w.+-]+@[\w-]+\.[\w.-]+/;

/** RFC 4180, written independently of the writer under test: quoted fields, doubled quotes, CRLF rows. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted && c === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (!quoted && c === ',') {
      row.push(field);
      field = '';
    } else if (!quoted && c === '\r' && text[i + 1] === '\n') {
      rows.push([...row, field]);
      row = [];
      field = '';
      i++;
    } else {
      field += c;
    }
  }
  if (field || row.length) rows.push([...row, field]);
  return rows;
}

describe('site URL (SITE_URL, BASE_PATH)', () => {
  it('defaults to the local preview address under the base path', () => {
    expect(resolveSiteUrl(undefined, '/')).toBe(`${LOCAL_ORIGIN}/`);
    expect(resolveSiteUrl('', '/mentorship-ideas/')).toBe(`${LOCAL_ORIGIN}/mentorship-ideas/`);
  });

  it('takes an origin, adding the base path, or the whole address', () => {
    expect(resolveSiteUrl('https://example.org', '/mentorship-ideas/')).toBe('https://example.org/mentorship-ideas/');
    expect(resolveSiteUrl('https://owner.github.io/mentorship-ideas', '/mentorship-ideas/')).toBe('https://owner.github.io/mentorship-ideas/');
    expect(resolveSiteUrl('https://ideas.example.org/', '/')).toBe('https://ideas.example.org/');
  });

  it('refuses an address whose path is not the base path, or that is not http(s)', () => {
    expect(() => resolveSiteUrl('https://owner.github.io/other/', '/mentorship-ideas/')).toThrow(SiteUrlError);
    expect(() => resolveSiteUrl('https://owner.github.io/other/', '/mentorship-ideas/')).toThrow('BASE_PATH=/mentorship-ideas/');
    expect(() => resolveSiteUrl('owner.github.io', '/')).toThrow('SITE_URL must be an absolute http(s) URL');
    expect(() => resolveSiteUrl('ftp://example.org/', '/')).toThrow(SiteUrlError);
  });

  it('links to pages the app routes', () => {
    const links = siteLinks('https://example.org/x/');
    expect(links.idea('lfx-2021-1--thanos--stateless-ruler')).toBe('https://example.org/x/ideas/lfx-2021-1--thanos--stateless-ruler');
    expect(links.project('jaeger')).toBe('https://example.org/x/projects/jaeger');
    expect(links.skillSearch('C++')).toBe('https://example.org/x/?skills=C%2B%2B');
    // A comma inside a value is %252C in the app's URLs; a plain %2C would split the value.
    expect(links.skillSearch('a,b')).toBe('https://example.org/x/?skills=a%252Cb');
  });
});

const corpus = () => JSON.parse(readFileSync(builtIndexFile(), 'utf8')) as IdeaIndex;

describe('CSV export (ideas.csv)', () => {
  const links = siteLinks('https://example.org/');

  it('has one row per idea with the documented columns, and no e-mail address', () => {
    const index = corpus();
    const rows = parseCsv(ideasCsv(index, links));
    expect(rows[0]).toEqual([...IDEAS_CSV_COLUMNS]);
    expect(rows).toHaveLength(index.ideas.length + 1);
    for (const row of rows) expect(row).toHaveLength(IDEAS_CSV_COLUMNS.length);
    const col = (name: (typeof IDEAS_CSV_COLUMNS)[number]) => IDEAS_CSV_COLUMNS.indexOf(name);
    expect(rows.slice(1).map((r) => r[col('id')])).toEqual(index.ideas.map((i) => i.id));
    const ruler = rows.find((r) => r[col('id')] === 'lfx-2021-1--thanos--stateless-ruler')!;
    expect(ruler[col('title')]).toBe('Stateless Ruler');
    expect(ruler[col('term')]).toBe('2021 Term 1 (Spring)');
    expect(ruler[col('mentors')]).toContain('(@bwplotka)');
    expect(ruler[col('idea_url')]).toBe('https://example.org/ideas/lfx-2021-1--thanos--stateless-ruler');
    expect(ruler[col('source_url')]).toMatch(
      /^https:\/\/github\.com\/cncf\/mentoring\/blob\/main\/programs\/lfx-mentorship\/2021\/01-Spring\/project_ideas\.md#L\d+$/,
    );
    expect(rows.flat().filter((cell) => EMAIL.test(cell))).toEqual([]);
  });

  it('quotes commas, quotes and line breaks, and defuses spreadsheet formulas', () => {
    const index = indexFixture('skills.md');
    const idea = index.ideas[0]!;
    idea.title = 'Say "hi", then\r\nleave';
    idea.project = '=HYPERLINK("http://evil")';
    idea.skills = ['Go', 'C, C++'];
    const csv = ideasCsv(index, links);
    expect(csv).toContain('"Say ""hi"", then\r\nleave"');
    const row = parseCsv(csv)[1]!;
    expect(row[1]).toBe('Say "hi", then\r\nleave');
    expect(row[2]).toBe(`'=HYPERLINK("http://evil")`);
    expect(row[7]).toBe('Go; C, C++');
  });
});

describe(`JSON Schema of the index (${INDEX_SCHEMA_PATH})`, () => {
  const ajv = new Ajv({ allErrors: true, strict: true });
  let published: ValidateFunction;
  let strict: ValidateFunction;
  const compile = () => {
    published ??= ajv.compile(indexJsonSchema({ id: `https://example.org/${INDEX_SCHEMA_PATH}` }));
    strict ??= ajv.compile(indexJsonSchema({ strict: true }));
  };
  const errors = (validate: ValidateFunction, data: unknown) => (validate(data) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`));

  it(`is generated from the types, names its version and validates the built index`, () => {
    compile();
    expect(INDEX_SCHEMA_PATH).toBe(`schema/ideas-index.v${SCHEMA_VERSION}.json`);
    const index = corpus();
    expect(errors(published, index)).toEqual([]);
    // Strict: every property the index holds is declared in the types (so documented in the schema).
    expect(errors(strict, index), 'the index has data its types do not describe (rebuild it with `npm run ingest` if it is old)').toEqual([]);
  }, 60_000);

  it('rejects a damaged index', () => {
    compile();
    const index = corpus();
    const damaged = [
      (i: IdeaIndex) => ((i as { schemaVersion: number }).schemaVersion = 3),
      (i: IdeaIndex) => delete (i.ideas[0] as Partial<IdeaIndex['ideas'][number]>).id,
      (i: IdeaIndex) => ((i.ideas[1]!.status as string) = 'maybe'),
      (i: IdeaIndex) => ((i.ideas[2]!.skills as unknown) = 'Go, Rust'),
      (i: IdeaIndex) => ((i.terms[0]!.year as unknown) = '2026'),
      (i: IdeaIndex) => ((i.projects[0]!.maturity as string) = 'famous'),
    ];
    for (const damage of damaged) {
      const copy = structuredClone(index);
      damage(copy);
      expect(errors(published, copy), String(damage)).not.toEqual([]);
    }
  }, 60_000);

  it('lets the published schema accept fields added within the version, and the strict one notice them', () => {
    compile();
    const index = structuredClone(corpus());
    (index.ideas[0] as unknown as Record<string, unknown>).addedLater = 'x';
    expect(errors(published, index)).toEqual([]);
    expect(errors(strict, index)).toEqual(['/ideas/0 must NOT have additional properties']);
  }, 60_000);
});
