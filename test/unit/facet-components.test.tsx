// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FacetList } from '../../src/components/FacetList.tsx';
import { FacetPanel } from '../../src/components/FacetPanel.tsx';
import { SelectedChips } from '../../src/components/SelectedChips.tsx';
import { COLLAPSED_VALUES, type FacetCount, type FacetCounts, type FacetValues } from '../../src/search/facet-counts.ts';
import { FACET_KEYS } from '../../src/search/url-state.ts';

afterEach(cleanup);

/** A facet's values as filterAndCount hands them over (in display order, with a count or a mark). */
const listed = (values: FacetCount[]): FacetValues => ({
  head: values.filter((v, i) => i < COLLAPSED_VALUES || v.selected || v.excluded),
  size: values.length,
  all: () => values,
});
const value = (v: string, count: number, extra: Partial<FacetCount> = {}): FacetCount => ({ value: v, count, selected: false, unknown: false, ...extra });
const SKILLS = ['Go', 'Rust', 'Python', 'Kubernetes', 'Prometheus', 'CLI', 'KubeEdge', 'GitHub', 'Shell', 'React', 'CSS', 'Ruby'];
const skillList = (selected: string[] = []) => SKILLS.map((s, i) => value(s, 20 - i, { selected: selected.includes(s) }));
const skills = (selected: string[] = []) => listed(skillList(selected));
const label = (v: string) => v;
const noCounts = () => Object.fromEntries(FACET_KEYS.map((k) => [k, listed([])])) as unknown as FacetCounts;
const checkboxNames = () => screen.getAllByRole('checkbox').map((c) => c.closest('label')!.textContent);

describe('FacetList', () => {
  it('shows eight values with counts, and the rest behind "Show N more"', () => {
    render(<FacetList title="Skills" values={skills()} label={label} onToggle={() => {}} />);
    expect(screen.getAllByRole('checkbox')).toHaveLength(8);
    expect(checkboxNames()[0]).toBe('Go20');
    fireEvent.click(screen.getByRole('button', { name: 'Show 4 more' }));
    expect(screen.getAllByRole('checkbox')).toHaveLength(12);
    expect(screen.getByRole('button', { name: 'Show less' })).toHaveProperty('ariaExpanded', 'true');
  });

  it('expands an 800-value facet into a scrolling list of 100, and says how to reach the rest', () => {
    const mentors = Array.from({ length: 800 }, (_, i) => value(`mentor-${i}`, 800 - i));
    render(<FacetList title="Mentors" values={listed(mentors)} label={label} onToggle={() => {}} />);
    fireEvent.click(screen.getByRole('button', { name: 'Show 792 more' }));
    expect(screen.getAllByRole('checkbox')).toHaveLength(100);
    expect(screen.getAllByRole('checkbox')[0]!.closest('ul')!.className).toContain('overflow-y-auto');
    expect(screen.getByText('700 more: type in the filter to find them.')).toBeTruthy();
    fireEvent.change(screen.getByRole('searchbox', { name: 'Filter mentors' }), { target: { value: 'mentor-799' } });
    expect(checkboxNames()).toEqual(['mentor-7991']);
  });

  it('excludes a value with its own button, and shows an excluded value struck through', () => {
    const onExclude = vi.fn();
    const values = listed([value('Machine Learning', 0, { excluded: true }), ...skillList()]);
    render(<FacetList title="Skills" values={values} label={label} onToggle={() => {}} onExclude={onExclude} />);
    const excluded = screen.getByRole('button', { name: 'Stop excluding Machine Learning' });
    expect(excluded.getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByRole('checkbox', { name: /^Excluded: ?Machine Learning/ })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Exclude Rust' }));
    expect(onExclude).toHaveBeenCalledWith('Rust');
  });

  it('narrows long lists with the filter box, case-insensitively', () => {
    render(<FacetList title="Skills" values={skills()} label={label} onToggle={() => {}} />);
    fireEvent.change(screen.getByRole('searchbox', { name: 'Filter skills' }), { target: { value: 'KUBE' } });
    expect(checkboxNames()).toEqual(['Kubernetes17', 'KubeEdge14']);
    fireEvent.change(screen.getByRole('searchbox', { name: 'Filter skills' }), { target: { value: 'cobol' } });
    expect(screen.getByText('No matching values')).toBeTruthy();
  });

  it('keeps a selected value visible at count 0 and marks unknown values', () => {
    const values = listed([value('Ruby', 0, { selected: true }), value('COBOL', 0, { selected: true, unknown: true }), ...skillList().slice(0, 11)]);
    render(<FacetList title="Skills" values={values} label={label} onToggle={() => {}} />);
    const ruby = screen.getByRole('checkbox', { name: /Ruby/ }) as HTMLInputElement;
    expect(ruby.checked).toBe(true);
    expect(screen.getByRole('checkbox', { name: /COBOL/ }).closest('label')!.textContent).toContain('(not in this index)');
  });

  it('hides counts that are not known yet (a shared query still being answered), values still usable', () => {
    render(<FacetList title="Skills" values={skills()} label={label} onToggle={() => {}} hideCounts />);
    expect(checkboxNames()[0]).toBe('Go');
  });

  it('reports the value the user ticked', () => {
    const onToggle = vi.fn();
    render(<FacetList title="Skills" values={skills()} label={label} onToggle={onToggle} />);
    fireEvent.click(screen.getByRole('checkbox', { name: /Rust/ }));
    expect(onToggle).toHaveBeenCalledWith('Rust');
  });
});

describe('FacetPanel', () => {
  it('says a facet the listed ideas have no value for is empty, rather than that nothing matches a filter', () => {
    const counts: FacetCounts = { ...noCounts(), skills: skills(), difficulty: listed([]) };
    render(<FacetPanel facets={['skills', 'difficulty']} counts={counts} label={(_, v) => v} onToggle={() => {}} />);
    const difficulty = screen.getByRole('group', { name: 'Difficulty' });
    expect(difficulty.textContent).toContain('None of the listed ideas has one');
    expect(screen.queryByText('No matching values')).toBeNull();
  });

  it('says once how values combine, and what ⊘ does where values can be excluded', () => {
    const counts: FacetCounts = { ...noCounts(), skills: skills() };
    render(<FacetPanel facets={['skills']} counts={counts} label={(_, v) => v} onToggle={() => {}} onExclude={() => {}} />);
    const hint = () => screen.getByText(/^Tick several values/).textContent;
    // ⊘ is shown; assistive technology hears what it is.
    expect(hint()).toBe('Tick several values of a filter to list ideas with any of them; ⊘an Exclude button leaves out the ideas with a value.');
    expect(
      within(screen.getByText(/^Tick several values/))
        .getByText('⊘')
        .getAttribute('aria-hidden'),
    ).toBe('true');
    cleanup();
    render(<FacetPanel facets={['skills']} counts={counts} label={(_, v) => v} onToggle={() => {}} />);
    expect(hint()).toBe('Tick several values of a filter to list ideas with any of them.');
  });
});

describe('SelectedChips', () => {
  it('shows an exclusion as a distinct "not:" chip that removes the -value token', () => {
    const onRemove = vi.fn();
    const counts = noCounts();
    counts.skills = listed([value('Machine Learning', 0, { excluded: true }), value('Go', 3, { selected: true })]);
    render(<SelectedChips facets={['skills']} counts={counts} label={(_, v) => v} onRemove={onRemove} onClear={() => {}} />);
    const chip = screen.getByRole('button', { name: 'Remove filter Skills: not Machine Learning' });
    expect(chip.textContent).toContain('not:');
    fireEvent.click(chip);
    expect(onRemove).toHaveBeenCalledWith('skills', '-Machine Learning');
  });

  const counts: FacetCounts = {
    ...noCounts(),
    skills: listed([value('Go', 3, { selected: true }), value('Rust', 2)]),
    mentors: listed([value('kakkoyun', 0, { selected: true })]),
    projects: listed([value('Nope', 0, { selected: true, unknown: true })]),
  };

  it('shows one removable chip per selected value, unknown ones flagged, and clears all', () => {
    const onRemove = vi.fn();
    const onClear = vi.fn();
    render(
      <SelectedChips
        facets={['skills', 'mentors', 'projects']}
        counts={counts}
        label={(facet, v) => (facet === 'mentors' ? `@${v}` : v)}
        onRemove={onRemove}
        onClear={onClear}
      />,
    );
    const group = screen.getByRole('group', { name: 'Active filters' });
    const chips = within(group)
      .getAllByRole('button')
      .map((b) => b.getAttribute('aria-label') ?? b.textContent);
    expect(chips).toEqual(['Remove filter Skills: Go', 'Remove filter Mentors: @kakkoyun', 'Remove filter Project: Nope', 'Clear all']);
    expect(screen.getByRole('button', { name: 'Remove filter Project: Nope' }).textContent).toContain('(unknown)');
    fireEvent.click(screen.getByRole('button', { name: 'Remove filter Mentors: @kakkoyun' }));
    expect(onRemove).toHaveBeenCalledWith('mentors', 'kakkoyun');
    fireEvent.click(screen.getByRole('button', { name: 'Clear all' }));
    expect(onClear).toHaveBeenCalled();
  });

  it('says "or" between values of one facet, which widen the list, and nothing between facets', () => {
    const either: FacetCounts = {
      ...noCounts(),
      skills: listed([value('Go', 3, { selected: true }), value('Java', 0, { excluded: true }), value('Rust', 2, { selected: true })]),
      terms: listed([value('lfx-2025-3', 4, { selected: true })]),
    };
    render(<SelectedChips facets={['skills', 'terms']} counts={either} label={(_, v) => v} onRemove={() => {}} onClear={() => {}} />);
    const group = screen.getByRole('group', { name: 'Active filters' });
    // Side by side even when an exclusion sorts between them (Go, not: Java, Rust).
    expect(group.textContent).toMatch(/Go\s*×\s*or\s*Skills:\s*Rust\s*×\s*Skills:\s*not:\s*Java\s*×\s*Term:/);
    expect(within(group).getAllByText('or')).toHaveLength(1);
  });

  it('renders nothing when no value is selected', () => {
    const { container } = render(
      <SelectedChips facets={['skills']} counts={{ ...counts, skills: listed([value('Go', 3)]) }} label={label} onRemove={() => {}} onClear={() => {}} />,
    );
    expect(container.textContent).toBe('');
  });
});
