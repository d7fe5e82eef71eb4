import { describe, expect, it } from 'vitest';
import { mentorPageSlug, projectPageSlug, slugify } from '../../src/model/page-slugs.ts';

describe('page slugs', () => {
  it('slugifies names into readable URL parts', () => {
    expect(slugify('Open Policy Agent (OPA)')).toBe('open-policy-agent-opa');
    expect(slugify('  Jürgen  Müller ')).toBe('jurgen-muller');
  });

  it('uses the landscape slug of a project when it has one', () => {
    expect(projectPageSlug({ project: 'Open Policy Agent (OPA)', projectSlug: 'open-policy-agent-opa' })).toBe('open-policy-agent-opa');
    expect(projectPageSlug({ project: 'LLVM Foundation' })).toBe('llvm-foundation');
  });

  it('keeps handles and name-only mentors apart', () => {
    expect(mentorPageSlug({ name: 'Kemal Akkoyun', github: 'KAkkoyun' })).toBe('kakkoyun');
    expect(mentorPageSlug({ name: 'Jane Doe' })).toBe('~jane-doe');
  });
});
