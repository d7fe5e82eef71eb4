import { describe, expect, it } from 'vitest';
import { snippet } from '../../src/search/highlight.ts';

describe('snippets', () => {
  it('never start with a field label or a section heading', () => {
    expect(snippet('Background\nThe proxy exports few metrics.', [])).toBe('The proxy exports few metrics.');
    expect(snippet('Description: Rework the data model.', [])).toBe('Rework the data model.');
    expect(snippet('## Objectives\n- Build the UI\n- Test it', [])).toBe('- Build the UI - Test it');
    // A short real sentence is kept.
    expect(snippet('Improve the CLI.', [])).toBe('Improve the CLI.');
  });
});
