import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/ingest/build-index.ts';
import { MENTORS_AS_WRITTEN } from '../../src/model/idea-index.ts';
import { byTitle, indexFixture } from './helpers.ts';
import handleAliases from '../../src/ingest/vocab/mentor-handle-aliases.json' with { type: 'json' };

/**
 * Mentors written with separators other than a comma, names dropped or merged, handles that are
 * not GitHub logins, Twitter handles, one name per person, and issue links the labels or the text
 * hid. The fixtures copy the shapes of the cncf/mentoring lines named in each idea's description.
 */

describe('mentor separators and shapes (mentor-separators.md)', () => {
  const index = indexFixture('mentor-separators.md');
  const mentors = (title: string) => byTitle(index, title).mentors;

  it('splits people at " / ", at nothing but a space after a handle, and between profile links', () => {
    expect(mentors('People separated by a slash')).toEqual([
      { name: 'Goutham Veeramachaneni', github: 'gouthamve' },
      { name: 'Krasi Georgiev', github: 'krasi-georgiev' },
    ]);
    expect(mentors('People separated by nothing')).toEqual([
      { name: 'Sedef Savas', github: 'sedefsavas' },
      // His second account, as the handle vocabulary maps it to the one most lists write.
      { name: 'Richard Case', github: 'richardcase' },
    ]);
    expect(mentors('Profile links separated by spaces')).toEqual([
      { name: 'André Martins', github: 'aanm' },
      { name: 'Natália Réka Ivánkó', github: 'sharlns' },
      { name: 'Jed Salazar', github: 'jedsalazar' },
    ]);
    expect(mentors('People separated by two spaces')).toEqual([
      { name: 'Amit Kumar Das', github: 'amityt' },
      { name: 'Sayan Mondal', github: 'S-ayanide' },
    ]);
  });

  it('splits at a full-width comma, closes a bracket left open before the next person, and keeps a name written before a colon', () => {
    expect(mentors('Full-width comma, a bracket left open, a name before a colon')).toEqual([
      { name: 'Chauncey Jiang', github: 'chaunceyjiang' },
      { name: 'Yunkang Ren', github: 'renyunkang' },
      { name: 'Sangram Rath', github: 'sangramrath' },
      { name: 'Mia Grenell', github: 'miacycle' },
      { name: 'Paolo Dettori', github: 'pdettori' },
    ]);
  });

  it('reads handles written before names, and names a handle from a later mention of it', () => {
    expect(mentors('Handles first')).toEqual([
      { name: 'Vadim Bauer', github: 'Vad1mo' },
      { name: 'Yan Wang', github: 'wy65701436' },
      { name: 'Orlin Vasilev', github: 'OrlinVasilev' },
    ]);
  });

  it('keeps the name of "(Name, @handle)" and of "Name (@handle, …) from Company"', () => {
    expect(mentors('Name and handle inside brackets')).toEqual([
      { name: 'Lior Lieberman', github: 'LiorLieberman' },
      { name: 'Mattia Lavacca', github: 'mlavacca' },
    ]);
    expect(mentors('Affiliations after the handle')).toEqual([
      { name: 'Aman Singh', github: 'amansinghoriginal', role: 'primary' },
      { name: 'Casper Nielsen', github: 'CasperGN' },
    ]);
  });

  it('never cuts a written handle that is not a login into another account: the person keeps the name alone', () => {
    expect(mentors('Handles that are not GitHub logins')).toEqual([
      { name: 'Girish Ranganathan' },
      { name: 'Sagar Utekar' },
      { name: 'Mike Spreitzer' },
      { name: 'Akash Nayak' },
    ]);
    const values = index.facets.mentors.map((m) => m.value);
    for (const cut of ['ingenious', 'named', 'mike', 'akash']) expect(values).not.toContain(cut);
  });

  it('takes a name equal to the handle for no name, and a profile URL for the handle', () => {
    expect(mentors('A handle for a name, and a profile URL')).toEqual([{ github: 'dm4' }, { name: 'Ron Minnich', github: 'rminnich' }]);
  });

  it('never takes a Twitter handle for a GitHub one; the person joins the one handle carrying the name', () => {
    for (const title of ['A Twitter handle', 'A Twitter handle written backwards', 'The Twitter handle without its link'])
      expect(mentors(title)[0], title).toEqual({ name: 'Lee Calcote', github: 'leecalcote' });
    expect(mentors('A Twitter handle')[1]).toEqual({ name: 'Utkarsh Srivastava' });
    expect(index.facets.mentors.filter((m) => m.name === 'Lee Calcote')).toEqual([
      { value: 'leecalcote', count: 4, name: 'Lee Calcote', github: 'leecalcote' },
    ]);
    expect(index.facets.mentors.map((m) => m.value)).not.toContain('utkarshdev23');
  });

  it('keeps a handle that is the same on Twitter and GitHub when no other handle carries the name', () => {
    expect(mentors('The same handle on Twitter and GitHub')).toEqual([
      { name: 'Thomas Rampelberg', github: 'grampelberg' },
      { name: 'Eduardo Silva', github: 'edsiper' },
    ]);
    expect(index.facets.mentors.find((m) => m.value === 'edsiper')?.count).toBe(2);
  });

  it('shows each person under the fullest name written for the handle, without honorifics', () => {
    // "Goutham V" is written twice, "Goutham Veeramachaneni" once: the fuller name wins.
    for (const title of ['The short name again', 'The short name once more'])
      expect(mentors(title)[0], title).toEqual({ name: 'Goutham Veeramachaneni', github: 'gouthamve' });
    expect(mentors('A one-word name')).toEqual([
      { name: 'Kuldeep Singh', github: 'de6p' },
      { name: 'Nate Waddington', github: 'nate-double-u' },
    ]);
    expect(mentors('The GitHub handle')[1]).toEqual({ name: 'Stefan Schimanski', github: 'sttts' });
    // Neither "Bartek" nor "Bartlomiej" extends the other: the more common one wins.
    expect(mentors('Two spellings of one name')).toEqual([{ name: 'Bartek Plotka', github: 'bwplotka' }]);
    const named = (value: string) => index.facets.mentors.find((m) => m.value === value)?.name;
    expect([named('gouthamve'), named('de6p'), named('nate-double-u'), named('sttts'), named('bwplotka')]).toEqual([
      'Goutham Veeramachaneni',
      'Kuldeep Singh',
      'Nate Waddington',
      'Stefan Schimanski',
      'Bartek Plotka',
    ]);
  });
});

describe('mentors as written (mentors-as-written.md)', () => {
  const index = indexFixture('mentors-as-written.md');
  const mentors = (title: string) => byTitle(index, title).mentors;

  it('takes no team or SIG for a mentor, and reports an idea left without people', () => {
    expect(mentors('A team for a mentor')).toEqual([]);
    expect(mentors('A team beside a person')).toEqual([{ name: 'Jake Sanders', github: 'jakexks' }]);
    // A group written with its handle is no mentor either: the handle is the group's, no person's.
    expect(mentors('A SIG beside a person, and a person named Sig')).toEqual([
      { name: 'Jane Doe', github: 'janedoe' },
      { name: 'Sig Hansen', github: 'sighansen' },
    ]);
    expect(index.facets.mentors.filter((m) => /team|SIG /.test(m.name ?? ''))).toEqual([]);
    expect(index.diagnostics.filter((d) => d.code === 'no-mentors').map((d) => d.message)).toEqual([
      'idea "A team for a mentor" names no person as mentor ("Lyft networking team and consulting with Google Envoy team."); kept as written beside the idea',
    ]);
    // Who mentors is not lost: the idea page shows the line as written.
    expect(index.ideas.find((i) => i.title === 'A team for a mentor')!.extra).toEqual({
      [MENTORS_AS_WRITTEN]: 'Lyft networking team and consulting with Google Envoy team.',
    });
  });

  it('reads a name written as an e-mail address with spaces: Matt.Boersma is Matt Boersma', () => {
    expect(mentors('A name written as an e-mail address')).toEqual([
      { name: 'Matt Boersma', github: 'mboersma' },
      { name: 'Santhosh Nagaraj', github: 'yolossn' },
    ]);
  });

  it('drops the handle written again after the name, and keeps a surname that is the handle', () => {
    expect(mentors('The handle written again after the name')).toEqual([
      { name: 'Karan', github: 'karanngi' },
      { name: 'Jose Blanquicet', github: 'blanquicet' },
      { name: 'Diogo recharte', github: 'recharte' },
    ]);
  });
});

/** One idea in a file of its own with this mentor line: people seen across files and terms. */
const file = (path: string, mentor: string, title = `Idea in ${path}`) => ({
  path,
  content: `### Meshery\n\n#### ${title}\n\n- Description: An idea.\n- Recommended Skills: Go\n- Mentor(s): ${mentor}\n`,
});

describe('one person across files', () => {
  const { index } = buildIndex(
    [
      file(
        'lfx-mentorship/2021/03-Fall/README.md',
        'Lee Calcote ([@lcalcote](https://twitter.com/lcalcote)), Navendu Pottekkat ([@navendu-pottekkat](https://github.com/navendu-pottekkat))',
      ),
      file('summerofcode/2020.md', 'Lee Calcote (@lcalcote), Sagar Utekar (@named_uttu)'),
      file('summerofcode/2024.md', 'Lee Calcote (@leecalcote, lee@example.com) - primary'),
      file('lfx-mentorship/2026/01-Mar-May/README.md', 'Kuldeep (@de6p, kuldeep@example.com)'),
      file('lfx-mentorship/2026/03-Sep-Nov/README.md', 'Kuldeep Singh (@de6p, kuldeep@example.com)'),
    ],
    { generatedAt: 'test' },
  );

  it('joins a Twitter handle written in one file to the GitHub handle written in another, under the fullest name', () => {
    expect(Object.fromEntries(index.ideas.map((i) => [i.source.file, i.mentors[0]]))).toEqual({
      'lfx-mentorship/2021/03-Fall/README.md': { name: 'Lee Calcote', github: 'leecalcote' },
      'summerofcode/2020.md': { name: 'Lee Calcote', github: 'leecalcote' },
      'summerofcode/2024.md': { name: 'Lee Calcote', github: 'leecalcote', role: 'primary' },
      'lfx-mentorship/2026/01-Mar-May/README.md': { name: 'Kuldeep Singh', github: 'de6p' },
      'lfx-mentorship/2026/03-Sep-Nov/README.md': { name: 'Kuldeep Singh', github: 'de6p' },
    });
    expect(index.facets.mentors.map((m) => [m.value, m.count])).toEqual([
      ['leecalcote', 3],
      ['de6p', 2],
      ['name:sagar utekar', 1],
      ['navendu-pottekkat', 1],
    ]);
  });
});

describe('one name per person: a properly capitalised spelling wins', () => {
  // As written in lfx-mentorship/2023/03-Sep-Nov/README.md:609 and :624, and in 2026/03-Sep-Nov/README.md:1975.
  const { index } = buildIndex(
    [
      file('lfx-mentorship/2023/03-Sep-Nov/README.md', 'wang yang(@wangyang0616, wangyang@example.com)', 'NPU scheduling'),
      file('lfx-mentorship/2023/03-Sep-Nov/project_ideas.md', 'wang yang(@wangyang0616, wangyang@example.com)', 'Elastic resource quota'),
      file('lfx-mentorship/2026/03-Sep-Nov/README.md', 'Yang Wang (@wangyang0616, wangyang@example.com)', 'Generic xPU topology-aware scheduling'),
      file('lfx-mentorship/2024/01-Mar-May/README.md', 'Jane Doe (@janedoe)', 'Shouted once'),
      file('lfx-mentorship/2024/02-Jun-Aug/README.md', 'JANE DOE (@janedoe)', 'Shouted twice'),
      file('lfx-mentorship/2024/03-Sep-Nov/README.md', 'JANE DOE (@janedoe)', 'Shouted again'),
      file('lfx-mentorship/2025/01-Mar-May/README.md', 'li lei (@lilei)', 'Only ever lower case'),
      // Two names of one person (2020 and 2023-2024 Volcano ideas): the lower-case one is not a worse spelling of the other.
      file('lfx-mentorship/2020/q3-q4/selected_projects.md', 'Leibo Wang(@william-wang)', 'Job types'),
      file('lfx-mentorship/2023/01-Mar-May/README.md', 'william wang (@william-wang)', 'Queue fairness'),
      file('lfx-mentorship/2024/01-Mar-May/project_ideas.md', 'william wang (@william-wang)', 'Queue preemption'),
    ],
    { generatedAt: 'test' },
  );
  const namesOf = (handle: string) => index.ideas.flatMap((i) => i.mentors).filter((m) => m.github === handle);

  it('never shows a name written all in lower or upper case when the person is also written properly capitalised', () => {
    expect(namesOf('wangyang0616')).toEqual(Array(3).fill({ name: 'Yang Wang', github: 'wangyang0616' }));
    expect(namesOf('janedoe')).toEqual(Array(3).fill({ name: 'Jane Doe', github: 'janedoe' }));
    expect(index.facets.mentors.find((m) => m.value === 'wangyang0616')).toEqual({
      value: 'wangyang0616',
      count: 3,
      name: 'Yang Wang',
      github: 'wangyang0616',
    });
    expect(index.facets.mentors.find((m) => m.value === 'janedoe')?.name).toBe('Jane Doe');
  });

  it('keeps a name written only in one case as it is written', () => {
    expect(namesOf('lilei')).toEqual([{ name: 'li lei', github: 'lilei' }]);
  });

  it('lets another name of the person, written in one case, win by being written more often', () => {
    expect(namesOf('william-wang')).toEqual(Array(3).fill({ name: 'william wang', github: 'william-wang' }));
  });
});

describe('misspelt handles (vocab/mentor-handle-aliases.json)', () => {
  it('makes each listed typo the same mentor as the handle it misspells, in any case', () => {
    for (const [typo, handle] of Object.entries(handleAliases.aliases)) {
      const { index } = buildIndex(
        [
          file('lfx-mentorship/2024/01-Mar-May/README.md', `Pat Doe (@${typo})`),
          file('lfx-mentorship/2025/01-Mar-May/README.md', `Pat Doe (@${handle})`),
          file('lfx-mentorship/2025/02-Jun-Aug/README.md', `Pat Doe (@${typo.toUpperCase()})`),
        ],
        { generatedAt: 'test' },
      );
      expect(
        index.ideas.map((i) => i.mentors),
        typo,
      ).toEqual(Array(3).fill([{ name: 'Pat Doe', github: handle }]));
      expect(
        index.facets.mentors.map((m) => [m.value, m.count]),
        typo,
      ).toEqual([[handle.toLowerCase(), 3]]);
    }
  });
});

describe('misspelt names (vocab/mentor-handle-aliases.json, names)', () => {
  it('makes each listed name, written without a handle, the person named so beside a handle', () => {
    for (const [written, name] of Object.entries(handleAliases.names)) {
      const { index } = buildIndex(
        [file('lfx-mentorship/2019/README.md', written), file('lfx-mentorship/2025/01-Mar-May/README.md', `${name} (@pat-handle)`)],
        { generatedAt: 'test' },
      );
      expect(
        index.ideas.map((i) => i.mentors),
        written,
      ).toEqual(Array(2).fill([{ name, github: 'pat-handle' }]));
    }
  });
});

describe('issue links (issue-links.md)', () => {
  const index = indexFixture('issue-links.md');

  it('reads a label written after "--" on a line continuing the mentors', () => {
    const idea = byTitle(index, 'A label written after two dashes');
    expect(idea.issues).toEqual(['https://github.com/servicemeshinterface/smi-spec/issues/70']);
    expect(idea.mentors).toEqual([{ name: 'Lee Calcote', github: 'leecalcote' }, { name: 'Sagar Utekar' }]);
    expect(idea.extra).toEqual({ 'Design Spec': 'https://docs.google.com/document/d/1HL8Sk7NSLLj' });
  });

  it('reads an LFX project page written among the issues as the LFX link, not as an issue', () => {
    const idea = byTitle(index, 'The LFX page written among the issues');
    expect(idea.issues).toEqual(['https://github.com/kubestellar/kubestellar/issues/2809']);
    expect(idea.lfxUrl).toBe('https://mentorship.lfx.linuxfoundation.org/project/7b85c3fc-0000-4000-8000-000000000000');
  });

  it('takes the GitHub issues and pull requests an idea’s text links as its issues when it has no issue field, and only then', () => {
    expect(byTitle(index, 'An issue linked in the description alone').issues).toEqual([
      'https://github.com/coredns/coredns/issues/341',
      'https://github.com/coredns/coredns/pull/400',
    ]);
    expect(byTitle(index, 'An issue field beside another issue in the description').issues).toEqual(['https://github.com/coredns/coredns/issues/200']);
  });

  it('reads GitHub issue shorthand owner/repo#N as the issue URL', () => {
    expect(byTitle(index, 'GitHub issue shorthand').issues).toEqual(['https://github.com/kubearmor/KubeArmor/issues/992']);
  });

  it('reads shorthand in code, not again in a link text, and never inside a URL', () => {
    expect(byTitle(index, 'Shorthand as link text and in code').issues).toEqual([
      'https://github.com/kubescape/kubescape/issues/1666',
      'https://github.com/kubearmor/kubearmor-client/issues/12',
      'https://github.com/kubearmor/KubeArmor/issues#42',
    ]);
  });
});
