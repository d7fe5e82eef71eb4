import { readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import ICAL from 'ical.js';
import { projectPageSlug } from '../../src/model/page-slugs.ts';
import { builtIndex, expectNoAxeViolations, LOAD_TIMEOUT, resultCards, waitForResults } from './helpers.ts';

/** Pages for projects, mentors and the whole programme, and a shortlist that knows its deadlines. */

/** Kubernetes' page: the project with the most ideas and mentors (its slug is the landscape's, `k8s`). */
const kubernetesPage = () => `/projects/${projectPageSlug(builtIndex().ideas.find((i) => i.project === 'Kubernetes')!)}`;

const h1 = (page: Page) => page.getByRole('heading', { level: 1 });

test('a project page lists its ideas by term, with a chart and its numbers as a table', async ({ page }) => {
  const jaeger = builtIndex().ideas.filter((i) => i.project === 'Jaeger');
  const terms = new Set(jaeger.map((i) => i.termKey));
  await page.goto('/projects/jaeger');
  await expect(h1(page)).toHaveText('Jaeger', { timeout: LOAD_TIMEOUT });
  await expect(page.getByText(`${jaeger.length} ideas in ${terms.size} terms`)).toBeVisible();
  // The chart's summary counts the same terms, and says how many the chart spans.
  await expect(
    page.getByText(
      new RegExp(
        `^${jaeger.length} ideas in (${terms.size} of the \\d+|every one of the ${terms.size}) terms from its first to its latest; at most \\d+ in one term\\.$`,
      ),
    ),
  ).toBeAttached();
  await expect(page.getByText('CNCF Graduated')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Subscribe to Jaeger ideas (Atom feed)' })).toHaveAttribute('href', /\/feeds\/projects\/jaeger\.xml$/);
  await expect(page.locator('head link[rel="alternate"][title="Jaeger ideas"]')).toHaveCount(1);

  const chart = page.getByRole('figure', { name: 'Ideas per term' });
  await expect(chart.getByRole('img', { name: 'Ideas per term' })).toBeVisible();
  expect(await chart.locator('svg rect').count()).toBeGreaterThanOrEqual(terms.size);
  await chart.getByText('Show the numbers').click();
  const rows = chart.getByRole('table').getByRole('row');
  // Header + one row per term from the first to the last (terms without ideas show as 0).
  expect(await rows.count()).toBeGreaterThanOrEqual(terms.size + 1);
  const counts = await chart.getByRole('table').locator('tbody td').allTextContents();
  expect(counts.map(Number).reduce((a, b) => a + b, 0)).toBe(jaeger.length);

  const byTerm = page.getByRole('region', { name: 'Ideas by term' });
  for (const idea of jaeger.slice(0, 10)) await expect(byTerm.getByRole('link', { name: idea.title, exact: true }).first()).toBeVisible();
  expect(await byTerm.locator('a[href*="/ideas/"]').count()).toBe(jaeger.length);
});

test('a mentor page lists every idea they offered, in LFX and GSoC, with their co-mentors', async ({ page }) => {
  const ideas = builtIndex().ideas;
  const programsOf = new Map<string, Set<string>>();
  for (const idea of ideas)
    for (const m of idea.mentors) if (m.github) programsOf.set(m.github.toLowerCase(), (programsOf.get(m.github.toLowerCase()) ?? new Set()).add(idea.program));
  const handle = [...programsOf].find(([, programs]) => programs.size > 1)![0];
  const theirs = ideas.filter((i) => i.mentors.some((m) => m.github?.toLowerCase() === handle));
  await page.goto(`/mentors/${handle}`);
  await expect(h1(page)).toBeVisible({ timeout: LOAD_TIMEOUT });
  const list = page.getByRole('region', { name: 'Ideas they mentor' });
  expect(await list.locator('a[href*="/ideas/"]').count()).toBe(theirs.length);
  await expect(page.getByText(/LFX Mentorship/).first()).toBeVisible();
  await expect(page.getByText(/Google Summer of Code/).first()).toBeVisible();
  const coMentors = page.getByRole('region', { name: /Co-mentors/ });
  await expect(coMentors.getByRole('link').first()).toBeVisible();
  await expect(coMentors.locator(`a[href$="/mentors/${handle}"]`)).toHaveCount(0);
});

for (const scheme of ['light', 'dark'] as const) {
  test(`the stats page draws its charts in ${scheme} mode and compares skills chosen in the address`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('/stats?compare=Go,Rust');
    await expect(h1(page)).toHaveText('Mentorships in numbers', { timeout: LOAD_TIMEOUT });
    const terms = page.getByRole('figure', { name: 'Ideas per term' });
    expect(await terms.locator('svg rect:has(title)').count()).toBe(builtIndex().terms.length);
    // Bars take the theme's colours: the same bar is drawn lighter on a dark page.
    const barFill = () =>
      terms
        .locator('svg rect:has(title)')
        .first()
        .evaluate((el) => getComputedStyle(el).fill);
    const fill = await barFill();
    await page.emulateMedia({ colorScheme: scheme === 'dark' ? 'light' : 'dark' });
    await page.reload();
    const otherFill = await barFill();
    expect(fill).not.toBe(otherFill);
    const lightness = (color: string) => Number(/lab\(([\d.]+)/.exec(color)?.[1] ?? NaN);
    expect(lightness(scheme === 'dark' ? fill : otherFill)).toBeGreaterThan(lightness(scheme === 'dark' ? otherFill : fill));
    await page.emulateMedia({ colorScheme: scheme });
    await page.reload();
    await expect(h1(page)).toHaveText('Mentorships in numbers', { timeout: LOAD_TIMEOUT });
    const trend = page.getByRole('figure', { name: /Share of each year/ });
    await expect(trend.getByRole('img')).toBeVisible();
    await expect(trend.getByText(/Go \d+%, Rust \d+%/)).toBeVisible();
    await page.getByRole('checkbox', { name: 'Python' }).check();
    await expect(page).toHaveURL(/compare=Go(%2C|,)Rust(%2C|,)Python/);
    await expectNoAxeViolations(page);
    await page.screenshot({ path: `test-results/screens/stats-${scheme}.png`, fullPage: true });
  });
}

test('project, mentor and skill names on a result card lead to their pages', async ({ page }) => {
  await page.goto('/?q=jaeger');
  await waitForResults(page);
  const card = resultCards(page).filter({ hasText: 'Jaeger' }).first();
  await card.getByRole('link', { name: 'Jaeger', exact: true }).click();
  await expect(h1(page)).toHaveText('Jaeger');
  await page.goBack();
  const mentor = resultCards(page).first().locator('a[href*="/mentors/"]').first();
  const mentorName = (await mentor.textContent())!.replace(/\s*\(@.*\)$/, '');
  await mentor.click();
  await expect(h1(page)).toContainText(mentorName.replace(/^@/, ''));
  await page.goBack();
  const skill = resultCards(page).first().getByRole('list', { name: 'Skills' }).getByRole('link').first();
  const skillName = (await skill.textContent())!;
  await skill.click();
  await expect(page).toHaveURL(new RegExp(`skills=${encodeURIComponent(skillName).replace(/%20/g, '(%20|\\+)')}`));
  await expect(
    page
      .getByRole('button', { name: `Remove ${skillName}` })
      .or(page.getByText(`Skills: ${skillName}`))
      .first(),
  ).toBeVisible();
});

test('an idea page offers more like this: never itself, each sharing a skill or the project', async ({ page }) => {
  const idea = builtIndex().ideas.find((i) => i.id === 'lfx-2026-3--apicurio-registry--mcp-tool-validation-and-compatibility-checking')!;
  await page.goto(`/ideas/${idea.id}`);
  const similar = page.getByRole('region', { name: 'More like this' });
  const links = similar.locator('a[href*="/ideas/"]');
  await expect(links.first()).toBeVisible({ timeout: LOAD_TIMEOUT });
  const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  expect(hrefs.length).toBeGreaterThan(0);
  const byId = new Map(builtIndex().ideas.map((i) => [i.id, i]));
  for (const href of hrefs) {
    const other = byId.get(decodeURIComponent(href.split('/ideas/')[1]!))!;
    expect(other.id).not.toBe(idea.id);
    expect(other.project === idea.project || other.skills.some((s) => idea.skills.includes(s))).toBe(true);
  }
});

test('an idea of a past term says it is no longer open and leads to the project’s newer ideas; one of an open term does not', async ({ page }) => {
  // During LFX 2026 Term 3's application period.
  await page.clock.setFixedTime(new Date('2026-08-10T12:00:00Z'));
  const ideas = builtIndex().ideas;
  const past = ideas.find((i) => i.id === 'lfx-2024-3--jaeger--jaeger-v2-kubernetes-operator')!;
  const newer = ideas.filter((i) => i.project === 'Jaeger' && i.termOrder > past.termOrder).length;
  expect(newer).toBeGreaterThan(1);
  await page.goto(`/ideas/${past.id}`);
  const note = page.locator('[data-closed-term]');
  await expect(note).toContainText('This term is over: this idea is no longer open to applications.', { timeout: LOAD_TIMEOUT });
  await note.getByRole('link', { name: `Jaeger has ${newer} ideas in newer terms` }).click();
  await expect(h1(page)).toHaveText('Jaeger');

  const open = ideas.find((i) => i.termKey === 'lfx-2026-3')!;
  await page.goto(`/ideas/${open.id}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(open.title, { timeout: LOAD_TIMEOUT });
  await expect(page.getByText(/Applications open — closes/).first()).toBeVisible();
  await expect(note).toHaveCount(0);
});

test('the shortlist shows each idea’s term status and downloads its deadlines as a valid calendar', async ({ page }) => {
  // During LFX 2026 Term 3's application period.
  await page.clock.setFixedTime(new Date('2026-08-10T12:00:00Z'));
  const idea = builtIndex().ideas.find((i) => i.id === 'lfx-2026-3--apicurio-registry--mcp-tool-validation-and-compatibility-checking')!;
  await page.goto(`/ideas/${idea.id}`);
  await page.getByRole('button', { name: `Save to shortlist: ${idea.title}` }).click();
  await page.getByRole('link', { name: 'Shortlist (1)' }).click();
  const entry = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: idea.title }) });
  await expect(entry.getByText(/Applications open — closes Tue 18 Aug/)).toBeVisible();
  // The term as cards write it ("LFX 2026 Term 3 (Sep–Nov)"), not "LFX Mentorship, 2026 Term 3 …".
  await expect(entry.getByText(`${idea.project} · LFX ${idea.term}`)).toBeVisible();
  await expect(entry.getByRole('link', { name: 'Apply on LFX Mentorship' })).toHaveAttribute('href', idea.lfxUrl!);
  await expect(entry.getByRole('list', { name: 'Skills' }).getByRole('link', { name: idea.skills[0]! })).toBeVisible();
  await expect(entry.locator('a[href*="/mentors/"]')).toHaveCount(idea.mentors.length);

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Add deadlines to calendar' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('mentorship-deadlines.ics');
  const ics = readFileSync((await file.path())!, 'utf8');
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const events = calendar.getAllSubcomponents('vevent').map((e) => new ICAL.Event(e));
  expect(events).toHaveLength(1);
  expect(events[0]!.startDate.toJSDate().toISOString()).toBe('2026-08-18T23:59:00.000Z');
  expect(ics).toMatch(/^DTSTART:20260818T235900Z\r$/m);
  await expect(page.getByRole('status').filter({ hasText: '1 deadline in the calendar file.' })).toBeVisible();
  await expectNoAxeViolations(page);
});

for (const scheme of ['light', 'dark'] as const) {
  test(`project, mentor and projects pages have no axe violations (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('/projects/jaeger');
    await expect(h1(page)).toHaveText('Jaeger', { timeout: LOAD_TIMEOUT });
    await page.getByText('Show the numbers').click();
    await expectNoAxeViolations(page);
    await page.screenshot({ path: `test-results/screens/project-${scheme}.png`, fullPage: true });
    await page.goto('/mentors/yurishkuro');
    await expect(h1(page)).toBeVisible({ timeout: LOAD_TIMEOUT });
    await expectNoAxeViolations(page);
    await page.goto('/projects');
    await expect(h1(page)).toHaveText('Projects', { timeout: LOAD_TIMEOUT });
    await expectNoAxeViolations(page);
  });
}

test('a search filtered by one common skill offers that skill’s feed', async ({ page }) => {
  await page.goto('/?skills=Go');
  await waitForResults(page);
  await expect(page.getByRole('link', { name: 'Subscribe to Go ideas (Atom feed)' })).toHaveAttribute('href', /\/feeds\/skills\/go\.xml$/);
  await page.goto('/?skills=Go,Rust');
  await waitForResults(page);
  await expect(page.getByRole('link', { name: /Subscribe to (Go|Rust) ideas/ })).toHaveCount(0);
});

test('an unknown project or mentor says so', async ({ page }) => {
  await page.goto('/projects/no-such-project');
  await expect(h1(page)).toHaveText('Project not found', { timeout: LOAD_TIMEOUT });
  await page.goto('/mentors/~nobody-at-all');
  await expect(h1(page)).toHaveText('Mentor not found', { timeout: LOAD_TIMEOUT });
});

for (const scheme of ['light', 'dark'] as const) {
  test(`a shortlist with entries has no axe violations (${scheme})`, async ({ page }) => {
    const ideas = builtIndex()
      .ideas.filter((i) => i.termKey === 'lfx-2026-3')
      .slice(0, 2);
    await page.addInitScript(
      (items) => {
        localStorage.setItem('mentorship-ideas:shortlist', JSON.stringify({ version: 2, items }));
      },
      ideas.map((i) => ({ id: i.id, addedAt: '2026-08-01T00:00:00Z', note: '', title: i.title, project: i.project, term: i.term })),
    );
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('/shortlist');
    await expect(page.getByRole('main').getByRole('heading', { level: 2 })).toHaveCount(2, { timeout: LOAD_TIMEOUT });
    await expect(page.locator('[data-term-status]').first()).toBeVisible();
    await expectNoAxeViolations(page);
    await page.screenshot({ path: `test-results/screens/shortlist-${scheme}.png`, fullPage: true });
  });
}

// One test per page: a page waits for its data, and eleven in one test ran past its time on a busy machine.
const phoneIdeas = () => {
  const { ideas } = builtIndex();
  const longestWord = (text: string) => Math.max(...text.split(/\s+/).map((word) => word.length));
  const mostBy = (length: (idea: (typeof ideas)[number]) => number) => ideas.reduce((a, b) => (length(b) > length(a) ? b : a));
  return {
    first: ideas[0]!,
    // The ideas with the longest unbroken word in their title (WaitForAllControlPlaneComponents…)
    // and in their description (a URL): each ran off the side of the page before.
    longTitle: mostBy((idea) => longestWord(idea.title)),
    longLink: mostBy((idea) => longestWord(idea.description.text)),
    // And the longest address among the fields an idea adds as written (a testing guide's URL): the
    // longest run a line cannot break (a hyphen can).
    longField: mostBy((idea) =>
      longestWord(
        Object.values(idea.extra ?? {})
          .join(' ')
          .replace(/-/g, ' '),
      ),
    ),
  };
};

const phonePages: [name: string, path: () => string, ready?: (page: Page) => Promise<void>][] = [
  ['the home page', () => '/'],
  ['a search', () => '/?q=kubernetes'],
  ['the projects page', () => '/projects'],
  ['a project page', () => kubernetesPage()],
  ['a mentor page', () => '/mentors/yurishkuro'],
  ['the stats page', () => '/stats'],
  ['the shortlist', () => '/shortlist'],
  ['an idea page', () => `/ideas/${phoneIdeas().first.id}`],
  ['the idea with the longest word in its title', () => `/ideas/${phoneIdeas().longTitle.id}`],
  ['the idea with the longest link in its description', () => `/ideas/${phoneIdeas().longLink.id}`],
  [
    'the idea with the longest address among its other fields',
    () => `/ideas/${phoneIdeas().longField.id}`,
    // An idea's details (its other fields) come in a file of their own, after the title.
    async (page) => {
      const { longField } = phoneIdeas();
      await expect(page.getByRole('term').filter({ hasText: Object.keys(longField.extra!)[0]! })).toBeVisible({ timeout: LOAD_TIMEOUT });
    },
  ],
  ['a search for the longest title', () => `/?q=${encodeURIComponent(phoneIdeas().longTitle.title)}`],
];

for (const [name, pathOf, ready] of phonePages) {
  test(`${name} does not run off the side of a phone screen`, async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    const path = pathOf();
    await page.goto(path);
    await expect(
      h1(page)
        .or(page.getByRole('status').filter({ hasText: /ideas?\b/ }))
        .first(),
    ).toBeVisible({ timeout: LOAD_TIMEOUT });
    await expect(page.getByRole('heading', { name: /not found/i }), path).toHaveCount(0);
    await ready?.(page);
    await page.waitForTimeout(300);
    // Visible elements reaching past the right edge, unless a box that scrolls or clips them holds them.
    const outside = await page.evaluate(() => {
      const width = document.documentElement.clientWidth;
      const clipped = (el: Element) => {
        for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) if (getComputedStyle(p).overflowX !== 'visible') return true;
        return false;
      };
      return [...document.body.querySelectorAll('*')]
        .filter((el) => {
          const box = el.getBoundingClientRect();
          return box.width > 0 && box.height > 0 && box.right > width + 1 && !clipped(el);
        })
        .map(
          (el) =>
            `${el.tagName.toLowerCase()}${el.className ? '.' + String(el.className).split(' ').slice(0, 3).join('.') : ''}: ${(el.textContent ?? '').trim().slice(0, 30)}`,
        )
        .slice(0, 5);
    });
    expect(outside, path).toEqual([]);
  });
}

test('the search box’s hint is whole, on the smallest phones as on a laptop', async ({ page }) => {
  for (const width of [320, 375, 390, 1280]) {
    await page.setViewportSize({ width, height: 844 });
    await page.goto('/');
    const box = page.getByRole('searchbox', { name: 'Search ideas' });
    await expect(box).toHaveAttribute('placeholder', width < 384 ? /^Search [\d,]+ ideas…$/ : /^Search [\d,]+ ideas by /, { timeout: LOAD_TIMEOUT });
    // The hint as typed text: it fits when the box does not scroll.
    const fits = await box.evaluate((input: HTMLInputElement) => {
      input.value = input.placeholder;
      const fit = input.scrollWidth <= input.clientWidth;
      input.value = '';
      return fit;
    });
    expect(fits, `${width} px: ${await box.getAttribute('placeholder')}`).toBe(true);
  }
});

test('a project with many mentors lists the first few and all of them on request, with no box to scroll', async ({ page }) => {
  await page.goto(kubernetesPage());
  await expect(h1(page)).toHaveText('Kubernetes', { timeout: LOAD_TIMEOUT });
  const section = page.getByRole('region', { name: /^Mentors/ });
  const total = Number(/\((\d+)\)/.exec((await section.getByRole('heading').textContent())!)![1]);
  expect(total).toBeGreaterThan(12);
  await expect(section.getByRole('link')).toHaveCount(12);
  await section.getByRole('button', { name: `Show all ${total} mentors` }).click();
  await expect(section.getByRole('link')).toHaveCount(total);
  // Every name is on the page itself, none inside a box of its own that scrolls.
  expect(await section.getByRole('list').evaluate((list) => list.scrollHeight <= list.clientHeight + 1)).toBe(true);
  await section.getByRole('button', { name: 'Show fewer' }).click();
  await expect(section.getByRole('link')).toHaveCount(12);
});

test('on a phone a card names its two mentors whole', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  // Two mentors whose names and handles take about a line and a half there (one line cut the second off).
  const labelLength = (idea: ReturnType<typeof builtIndex>['ideas'][number]) => idea.mentors.reduce((n, m) => n + `${m.name} (@${m.github}), `.length, 0);
  const pairs = builtIndex().ideas.filter((idea) => idea.mentors.length === 2 && idea.mentors.every((m) => m.name && m.github));
  const pair = pairs.reduce((a, b) => (Math.abs(labelLength(b) - 70) < Math.abs(labelLength(a) - 70) ? b : a));
  await page.goto(`/?q=${encodeURIComponent(pair.title)}`);
  const card = page.locator('#results > li', { hasText: pair.title }).first();
  await expect(card).toBeVisible({ timeout: LOAD_TIMEOUT });
  const line = card.locator('p', { hasText: 'Mentors:' });
  // Each mentor's link inside what the line shows (not under an ellipsis, nor cut below it).
  const cut = await line.evaluate((p) => {
    const box = p.getBoundingClientRect();
    return [...p.querySelectorAll('a')]
      .filter((a) => [...a.getClientRects()].some((r) => r.bottom > box.bottom + 1 || r.right > box.right + 1))
      .map((a) => a.textContent);
  });
  expect(cut).toEqual([]);
  await expect(line.getByRole('link')).toHaveCount(2);
});

test('an idea page names its program and term once: Google Summer of Code 2024, LFX Mentorship with its term', async ({ page }) => {
  const gsoc = builtIndex().ideas.find((i) => i.termKey === 'gsoc-2024')!;
  await page.goto(`/ideas/${gsoc.id}`);
  await expect(page.getByText('Google Summer of Code 2024', { exact: true })).toBeVisible({ timeout: LOAD_TIMEOUT });
  await expect(page.getByText(/Google Summer of Code, GSoC/)).toHaveCount(0);
  const lfx = builtIndex().ideas.find((i) => i.termKey === 'lfx-2024-2')!;
  await page.goto(`/ideas/${lfx.id}`);
  await expect(page.getByText(`LFX Mentorship, ${lfx.term}`, { exact: true })).toBeVisible({ timeout: LOAD_TIMEOUT });
});

test('on a phone an idea page gives its project and its term a line each, with no separator left ending a line', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const idea = builtIndex().ideas.find((i) => i.group && i.status === 'accepted' && i.termKey.startsWith('lfx-'))!;
  await page.goto(`/ideas/${idea.id}`);
  const project = page.getByTestId('idea-project-line');
  await expect(project).toHaveText(`${idea.project} › ${idea.group}`, { timeout: LOAD_TIMEOUT });
  const term = page.getByText(`LFX Mentorship, ${idea.term}`, { exact: true });
  const [projectBox, termBox] = [(await project.boundingBox())!, (await term.boundingBox())!];
  expect(termBox.y).toBeGreaterThanOrEqual(projectBox.y + projectBox.height - 1);
  // The "·" between them is for a wide screen, where they share a line.
  await expect(page.getByText('·', { exact: true })).toBeHidden();
  await page.setViewportSize({ width: 1280, height: 800 });
  await expect(page.getByText('·', { exact: true })).toBeVisible();
  expect((await term.boundingBox())!.y).toBeLessThan((await project.boundingBox())!.y + 5);
});
