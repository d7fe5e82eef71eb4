import { describe, expect, it } from 'vitest';
import { excerptText, snippet } from '../../src/search/highlight.ts';

const cardSnippet = (description: string) => snippet(excerptText(description), []);

describe('snippets', () => {
  it('never start with a field label or a section heading', () => {
    expect(cardSnippet('Background\nThe proxy exports few metrics.')).toBe('The proxy exports few metrics.');
    expect(cardSnippet('Description: Rework the data model.')).toBe('Rework the data model.');
    expect(cardSnippet('## Objectives\n- Build the UI\n- Test it')).toBe('- Build the UI - Test it');
    // A short real sentence is kept.
    expect(cardSnippet('Improve the CLI.')).toBe('Improve the CLI.');
  });

  it('keep a short line whose sentence goes on in the next one', () => {
    // 2021 Term 2's Cortex idea, whose snippet began "cloud-native Prometheus compatible…".
    expect(cardSnippet('Cortex is a\ncloud-native Prometheus compatible monitoring system.')).toBe('Cortex is a cloud-native Prometheus compatible monitoring system.');
    // Marked as a label, a line goes whatever follows it.
    expect(cardSnippet('Goals:\nrework the data model.')).toBe('rework the data model.');
    expect(cardSnippet('**Current Behavior**\nwidgets are static.')).toBe('widgets are static.');
    // One word, or words all capitalised, is a label even before a lower-case name.
    expect(cardSnippet('Background\netcd is a key-value store.')).toBe('etcd is a key-value store.');
    expect(cardSnippet('Current Behavior\nkubectl prints nothing.')).toBe('kubectl prints nothing.');
  });
});
