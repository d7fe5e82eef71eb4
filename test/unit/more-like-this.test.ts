import { corpusIndex } from './helpers.ts';
import { describe, expect, it } from 'vitest';
import type { Idea } from '../../src/model/idea-index.ts';
import { projectPageSlug } from '../../src/model/page-slugs.ts';
import { moreLikeThis } from '../../src/search/more-like-this.ts';
import { createTextIndex } from '../../src/search/text-index.ts';

const index = corpusIndex();
const byId = new Map(index.ideas.map((i) => [i.id, i]));
const fold = (s: string) => s.toLowerCase();
const sameTitle = (a: Idea, b: Idea) => projectPageSlug(a) === projectPageSlug(b) && fold(a.title).trim() === fold(b.title).trim();
const shares = (a: Idea, b: Idea) => projectPageSlug(a) === projectPageSlug(b) || a.skills.some((s) => b.skills.map(fold).includes(fold(s)));

describe('more like this, on the whole index', () => {
  const text = createTextIndex(index.ideas);
  // Every 45th idea, and the first ten that were proposed in several terms (the case most likely to go wrong).
  const sample = [...index.ideas.filter((_, i) => i % 45 === 0), ...index.ideas.filter((i) => (i.alsoProposedIn?.length ?? 0) > 1).slice(0, 10)];

  it('lists related ideas, never the idea itself nor its re-proposals', () => {
    expect(sample.length).toBeGreaterThanOrEqual(30);
    let listed = 0;
    for (const idea of sample) {
      const similar = moreLikeThis(text, index.ideas, idea).map((id) => byId.get(id)!);
      listed += similar.length;
      expect(similar.length).toBeLessThanOrEqual(6);
      expect(new Set(similar.map((i) => i.id)).size).toBe(similar.length);
      for (const other of similar) {
        expect(other.id, idea.id).not.toBe(idea.id);
        expect(idea.alsoProposedIn ?? [], idea.id).not.toContain(other.id);
        expect(sameTitle(idea, other), `${idea.id} ~ ${other.id}`).toBe(false);
        expect(shares(idea, other), `${idea.id} ~ ${other.id}`).toBe(true);
      }
      // One entry per idea, not one per term it was proposed in.
      for (const a of similar) for (const b of similar) if (a !== b) expect(a.alsoProposedIn ?? []).not.toContain(b.id);
    }
    expect(listed).toBeGreaterThan(sample.length * 4);
  });

  it('answers quickly enough to ask on every idea page', () => {
    moreLikeThis(text, index.ideas, sample[0]!);
    const start = performance.now();
    for (const idea of sample) moreLikeThis(text, index.ideas, idea);
    // About 2 ms per idea on an idle laptop; the bound is loose because test machines are shared
    // and busy, and still catches a slip into typo-tolerant or full-text matching (several times slower).
    expect((performance.now() - start) / sample.length).toBeLessThan(50);
  });

  it('lists as many as asked', () => {
    const idea = index.ideas.find((i) => i.project === 'Kubernetes' && i.skills.includes('Go'))!;
    expect(moreLikeThis(text, index.ideas, idea, 3)).toHaveLength(3);
    expect(moreLikeThis(text, index.ideas, idea, 12)).toHaveLength(12);
  });
});

let n = 0;
function makeIdea(fields: Partial<Pick<Idea, 'id' | 'title' | 'project' | 'skills' | 'termOrder' | 'termKey' | 'alsoProposedIn'>>): Idea {
  const termOrder = fields.termOrder ?? 20251;
  return {
    id: fields.id ?? `idea-${++n}`,
    title: fields.title ?? `Idea ${n}`,
    project: fields.project ?? 'Harbor',
    program: 'LFX Mentorship',
    year: Math.floor(termOrder / 10),
    term: 'Term',
    termKey: fields.termKey ?? `lfx-${termOrder}`,
    termOrder,
    status: 'proposed',
    skills: fields.skills ?? [],
    skillsText: (fields.skills ?? []).join(', '),
    mentors: [],
    issues: [],
    description: { markdown: '', text: '', html: '' },
    source: { file: 'x.md', line: 1 },
    ...(fields.alsoProposedIn ? { alsoProposedIn: fields.alsoProposedIn } : {}),
  };
}

const similarTo = (ideas: Idea[], idea: Idea, limit?: number) => moreLikeThis(createTextIndex(ideas), ideas, idea, limit);

describe('more like this, on fixtures', () => {
  it('ranks an idea with more in common above one with less', () => {
    const idea = makeIdea({ title: 'Scanner plugin', project: 'Trivy', skills: ['Go', 'Kubernetes', 'Security'] });
    const weak = makeIdea({ id: 'weak', title: 'Dashboard', project: 'Headlamp', skills: ['Go', 'React'] });
    const close = makeIdea({ id: 'close', title: 'Policy engine', project: 'Kyverno', skills: ['Go', 'Kubernetes', 'Security'] });
    const filler = ['A', 'B', 'C', 'D'].map((title) => makeIdea({ title, project: 'Other', skills: ['Python'] }));
    expect(similarTo([weak, idea, close, ...filler], idea)).toEqual(['close', 'weak']);
  });

  it('counts shared skills above a shared project', () => {
    const idea = makeIdea({ title: 'Scanner plugin', project: 'Trivy', skills: ['Go', 'Kubernetes', 'Security'] });
    const sameProject = makeIdea({ id: 'same-project', title: 'Docs site', project: 'Trivy', skills: ['Hugo'] });
    const sameSkills = makeIdea({ id: 'same-skills', title: 'Admission checks', project: 'Kyverno', skills: ['Go', 'Kubernetes', 'Security'] });
    const filler = ['A', 'B', 'C', 'D'].map((title) => makeIdea({ title, project: 'Other', skills: ['Python'] }));
    expect(similarTo([sameProject, idea, sameSkills, ...filler], idea)).toEqual(['same-skills', 'same-project']);
  });

  it('leaves out ideas that only share title words', () => {
    const idea = makeIdea({ title: 'Metrics exporter', project: 'Thanos', skills: ['Go'] });
    const words = makeIdea({ id: 'words', title: 'Metrics exporter', project: 'Fluentd', skills: ['Ruby'] });
    const skill = makeIdea({ id: 'skill', title: 'Query cache', project: 'Cortex', skills: ['go'] });
    expect(similarTo([idea, words, skill], idea)).toEqual(['skill']);
  });

  it('leaves out the idea’s re-proposals and the same title listed again', () => {
    const idea = makeIdea({ id: 'now', title: 'Harbor CLI', skills: ['Go'], alsoProposedIn: ['before'] });
    const before = makeIdea({ id: 'before', title: 'Harbor CLI (Phase 2)', skills: ['Go'], termOrder: 20241, alsoProposedIn: ['now'] });
    const again = makeIdea({ id: 'again', title: 'Harbor  cli', skills: ['Go'] });
    const other = makeIdea({ id: 'other', title: 'Replication adapter', skills: ['Go'] });
    expect(similarTo([idea, before, again, other], idea)).toEqual(['other']);
  });

  it('lists another idea once, its newest proposal, and prefers recent ideas on a tie', () => {
    const idea = makeIdea({ title: 'Scheduler', project: 'Volcano', skills: ['Go', 'Kubernetes'] });
    const old = makeIdea({ id: 'old', title: 'Queue API', project: 'Kueue', skills: ['Go', 'Kubernetes'], termOrder: 20211, alsoProposedIn: ['new'] });
    const recent = makeIdea({ id: 'new', title: 'Queue API', project: 'Kueue', skills: ['Go', 'Kubernetes'], termOrder: 20261, alsoProposedIn: ['old'] });
    const oldOther = makeIdea({ id: 'old-other', title: 'Batch jobs', project: 'Kueue', skills: ['Go', 'Kubernetes'], termOrder: 20221 });
    const filler = ['A', 'B', 'C'].map((title) => makeIdea({ title, project: 'Other', skills: ['Python'] }));
    expect(similarTo([old, oldOther, idea, recent, ...filler], idea)).toEqual(['new', 'old-other']);
  });
});
