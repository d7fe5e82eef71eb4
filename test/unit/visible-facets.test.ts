import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/ingest/build-index.ts';
import { readSources } from '../../src/ingest/sources/read-sources.ts';
import { visibleFacets } from '../../src/components/facet-labels.ts';
import type { Idea } from '../../src/model/idea-index.ts';
import { facetTable } from '../../src/search/facet-values.ts';
import { SEED_FILE } from './helpers.ts';

const { index } = buildIndex(readSources([SEED_FILE]), { generatedAt: 'test' });
const offered = (ideas: Idea[]) => visibleFacets(facetTable(ideas).values);

describe('the facets the panel offers', () => {
  it('leaves out term, program and year within one term, and facets no idea has a value of', () => {
    // One LFX term, every idea proposed, none with a maturity, size, difficulty or application needs.
    const facets = offered(index.ideas);
    expect(facets).toEqual(['skills', 'mentors', 'projects']);
  });

  it('offers a facet as soon as one idea has a value, and a choice of status, term, program and year once there are two', () => {
    const [a, b] = index.ideas as [Idea, Idea];
    const other: Idea = { ...b, status: 'accepted', termKey: 'gsoc-2024', program: 'Google Summer of Code', year: 2024, sizeHours: [175] };
    expect(offered([a, other])).toEqual(['terms', 'skills', 'mentors', 'projects', 'status', 'size', 'programs', 'years']);
  });
});
