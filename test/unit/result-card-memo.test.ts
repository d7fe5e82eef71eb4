import { describe, expect, it } from 'vitest';
import { sameCard } from '../../src/components/ResultCard.tsx';
import { buildIndex } from '../../src/ingest/build-index.ts';
import { readSources } from '../../src/ingest/sources/read-sources.ts';
import { SEED_FILE } from './helpers.ts';

const { index } = buildIndex(readSources([SEED_FILE]), { generatedAt: 'test' });
const [idea, other, third] = index.ideas;
const selectedSkills = new Set<string>();
const onOpen = () => {};
const card = (props: Partial<Parameters<typeof sameCard>[0]> = {}) => ({ idea: idea!, terms: ['prom'], selectedSkills, onOpen, ...props });

describe('result card memo (a card renders again only when what it shows changes)', () => {
  it('renders again for new terms, unless stale: kept below the fold while a new list paints its first cards', () => {
    expect(sameCard(card(), card({ terms: ['prom'] }))).toBe(true);
    expect(sameCard(card(), card({ terms: ['prome'] }))).toBe(false);
    expect(sameCard(card(), card({ terms: ['prome'], stale: true }))).toBe(true);
    // No longer stale: compared with what it last rendered with, the old terms, so it renders.
    expect(sameCard(card(), card({ terms: ['prome'], stale: false }))).toBe(false);
  });

  it('renders again, stale or not, for another idea, other re-proposals or other selected skills', () => {
    expect(sameCard(card(), card({ idea: other!, stale: true }))).toBe(false);
    expect(sameCard(card({ folded: [other!] }), card({ folded: [other!], stale: true }))).toBe(true);
    // Each answer makes a new array of re-proposals: equal items are the same card.
    expect(sameCard(card({ folded: [other!, third!] }), card({ folded: [other!, third!] }))).toBe(true);
    expect(sameCard(card({ folded: [other!] }), card({ folded: [third!], stale: true }))).toBe(false);
    expect(sameCard(card(), card({ selectedSkills: new Set(['Go']), stale: true }))).toBe(false);
  });
});
