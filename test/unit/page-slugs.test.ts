import { describe, expect, it } from 'vitest';
import { mentorPageSlug, projectPageSlug, slugify } from '../../src/model/page-slugs.ts';
import { titleWordsOfId } from '../../src/model/idea-id.ts';

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

describe('an idea id that matches no idea', () => {
  it('offers the title words it carries as a search, and nothing for an id not shaped like one', () => {
    expect(titleWordsOfId('lfx-2024-3--jaeger--jaeger-v2-kubernetes-operato')).toBe('jaeger v2 kubernetes operato');
    expect(titleWordsOfId('gsoc-2023--cncf-tag-network--a-b-c-d-e-f-g-h-i-j')).toBe('a b c d e f g h');
    expect(titleWordsOfId('does-not-exist')).toBe('');
    expect(titleWordsOfId('lfx-2021-1--thanos--')).toBe('');
  });
});
