import { describe, expect, it } from 'vitest';
import { compareNames } from '../../src/model/compare-names.ts';
import { indexFacets } from '../../src/model/index-facets.ts';
import { corpusIndex } from './helpers.ts';

describe('compareNames', () => {
  it('orders names regardless of case, as a facet list reads', () => {
    expect(['bpf', 'Argo', 'apache', 'Kubernetes', 'etcd'].sort(compareNames)).toEqual(['apache', 'Argo', 'bpf', 'etcd', 'Kubernetes']);
  });

  it('gives names that differ only in case a fixed order, so equal counts list the same way every time', () => {
    expect(['go', 'Go', 'GO'].sort(compareNames)).toEqual(['GO', 'Go', 'go']);
    expect(['Go', 'go', 'GO'].sort(compareNames)).toEqual(['GO', 'Go', 'go']);
    expect(compareNames('Go', 'Go')).toBe(0);
  });

  it('lists facet values with equal counts by name', () => {
    const ideas = ['rust', 'Go', 'ansible', 'Go'].map((skill) => ({ mentors: [], skills: [skill], project: 'P', program: 'lfx' as const, year: 2024 }));
    expect(indexFacets(ideas).skills.map((s) => s.value)).toEqual(['Go', 'ansible', 'rust']);
  });

  it('orders the default dataset’s skills, mentors and projects as localeCompare would (README: Performance)', () => {
    const { facets } = corpusIndex();
    for (const key of ['skills', 'mentors', 'projects'] as const) {
      const values = facets[key].map((v) => v.value);
      expect([...values].sort(compareNames)).toEqual([...values].sort((a, b) => a.localeCompare(b)));
      expect(values).toEqual([...facets[key]].sort((a, b) => b.count - a.count || a.value.localeCompare(b.value)).map((v) => v.value));
    }
  }, 60_000);
});
