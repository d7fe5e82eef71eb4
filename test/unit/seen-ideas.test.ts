import { describe, expect, it } from 'vitest';
import { diffSeenIdeas, newIdeasToShow, parseSeenIdeas, parseShownNotice, SEEN_IDEAS_KEY, seenIdeasOf, updatedMessage } from '../../src/model/seen-ideas.ts';

const monday = { generatedAt: '2026-11-30T06:00:00.000Z', ids: ['a', 'b', 'c'] };
const stored = (index: { generatedAt: string; ids: string[] }) => parseSeenIdeas(JSON.stringify(seenIdeasOf(index)));

describe('"Updated: N new ideas" (seen ideas)', () => {
  it('says nothing on a first visit, and remembers the index', () => {
    expect(diffSeenIdeas(null, monday)).toEqual({ newIdeas: 0, remember: true });
    expect(SEEN_IDEAS_KEY).toMatch(/^mentorship-ideas:/);
  });

  it('says nothing for the index seen last time', () => {
    expect(diffSeenIdeas(stored(monday), monday)).toEqual({ newIdeas: 0, remember: false });
  });

  it('counts ids of a newer index that were not in the one seen last time; removed ideas do not count', () => {
    const tuesday = { generatedAt: '2026-12-01T06:00:00.000Z', ids: ['b', 'c', 'd', 'e', 'f'] };
    expect(diffSeenIdeas(stored(monday), tuesday)).toEqual({ newIdeas: 3, remember: true });
    // Content changes alone (same ids) are not new ideas.
    expect(diffSeenIdeas(stored(monday), { ...monday, generatedAt: tuesday.generatedAt })).toEqual({ newIdeas: 0, remember: true });
  });

  it('does not count an idea whose id changed (a redirect from an id seen last time)', () => {
    const renamed = { generatedAt: '2026-12-01T06:00:00.000Z', ids: ['a', 'b', 'c2', 'd'], redirects: { c: 'c2' } };
    expect(diffSeenIdeas(stored(monday), renamed).newIdeas).toBe(1);
  });

  it('treats damaged or foreign stored data as a first visit, never throwing', () => {
    for (const raw of [
      '',
      '{',
      'null',
      '42',
      '"x"',
      '[]',
      '{"version":2,"generatedAt":"x","ids":[]}',
      '{"version":1,"generatedAt":1,"ids":[]}',
      '{"version":1,"generatedAt":"x","ids":[1]}',
      '{"version":1,"generatedAt":"x"}',
    ]) {
      expect(parseSeenIdeas(raw), raw).toBeNull();
    }
    expect(parseSeenIdeas(null)).toBeNull();
    expect(stored(monday)).toEqual({ version: 1, ...monday });
  });

  it('keeps an undismissed notice through a reload of the same index (a new app version reloads the page), and only for that index', () => {
    const tuesday = { generatedAt: '2026-12-01T06:00:00.000Z', ids: ['b', 'c', 'd', 'e', 'f'] };
    const firstLoad = diffSeenIdeas(stored(monday), tuesday);
    expect(newIdeasToShow(firstLoad, null, tuesday.generatedAt)).toBe(3);
    const kept = parseShownNotice(JSON.stringify({ generatedAt: tuesday.generatedAt, newIdeas: 3 }));
    // Reloaded: the index just remembered is the same one, so the comparison alone finds nothing new.
    const reloaded = diffSeenIdeas(stored(tuesday), tuesday);
    expect(reloaded.newIdeas).toBe(0);
    expect(newIdeasToShow(reloaded, kept, tuesday.generatedAt)).toBe(3);
    // Dismissed (nothing kept), or kept for an older index: nothing to show.
    expect(newIdeasToShow(reloaded, null, tuesday.generatedAt)).toBe(0);
    expect(newIdeasToShow(reloaded, kept, '2026-12-02T06:00:00.000Z')).toBe(0);
    for (const raw of ['', '{', 'null', '[]', '{"generatedAt":"x","newIdeas":0}', '{"generatedAt":"x","newIdeas":"3"}', '{"newIdeas":3}'])
      expect(parseShownNotice(raw), raw).toBeNull();
  });

  it('writes the notice in words', () => {
    expect(updatedMessage(1)).toBe('Updated: 1 new idea');
    expect(updatedMessage(3)).toBe('Updated: 3 new ideas');
    expect(updatedMessage(1200)).toBe('Updated: 1,200 new ideas');
  });
});
