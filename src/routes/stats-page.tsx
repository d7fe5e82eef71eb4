import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { useMemo } from 'react';
import { BarChart, Legend } from '../components/charts/BarChart.tsx';
import { ChartFigure } from '../components/charts/ChartFigure.tsx';
import { LineChart } from '../components/charts/LineChart.tsx';
import { useDocumentTitle } from '../components/document-title.ts';
import { useIdeaIndex } from '../data/IndexProvider.tsx';
import { ideasPerTerm, skillShareByYear, topProjects, topSkills } from '../insights/programme-stats.ts';
import { shortTermLabel } from '../insights/short-labels.ts';
import { formatCount } from '../model/format-count.ts';
import { mentorKey } from '../model/mentor-key.ts';
import { encodeState } from '../search/url-state.ts';

/** Compared when the address names none: the languages applicants most often weigh against each other. */
export const DEFAULT_COMPARE = ['Go', 'Rust', 'Python', 'TypeScript'];
const MAX_COMPARE = 5;
const percent = (share: number) => `${Math.round(share * 100)}%`;

/** `/stats`: the whole programme over time — ideas per term, skills in demand, busiest projects. */
export function StatsPage() {
  const { index } = useIdeaIndex();
  const { compare: compareParam } = useSearch({ from: '/stats' });
  const navigate = useNavigate({ from: '/stats' });
  useDocumentTitle('Mentorships in numbers');

  const perTerm = useMemo(() => ideasPerTerm(index), [index]);
  const skills = useMemo(() => topSkills(index, 20), [index]);
  const projects = useMemo(() => topProjects(index, 15), [index]);
  const known = useMemo(() => new Set(index.facets.skills.map((s) => s.value)), [index]);
  const compare = useMemo(() => {
    const asked = (compareParam ?? '').split(',').map((s) => s.trim());
    const valid = [...new Set(asked.filter((s) => known.has(s)))].slice(0, MAX_COMPARE);
    return compareParam === undefined || valid.length === 0 ? DEFAULT_COMPARE.filter((s) => known.has(s)) : valid;
  }, [compareParam, known]);
  const shares = useMemo(() => skillShareByYear(index, compare), [index, compare]);
  const programs = [...new Set(perTerm.map((t) => t.program))].sort();
  const mentorCount = useMemo(() => new Set(index.ideas.flatMap((i) => i.mentors.map(mentorKey))).size, [index]);
  const years = index.ideas.map((i) => i.year);
  const choices = [...new Set([...DEFAULT_COMPARE.filter((s) => known.has(s)), ...skills.slice(0, 12).map((s) => s.value)])];
  const toggle = (skill: string) => {
    const next = compare.includes(skill) ? compare.filter((s) => s !== skill) : [...compare, skill].slice(-MAX_COMPARE);
    void navigate({ search: next.length > 0 ? { compare: next.join(',') } : {}, replace: true });
  };
  const maxSkill = skills[0]?.count ?? 1;
  const busiest = perTerm.reduce((a, b) => (b.count > a.count ? b : a), perTerm[0]!);
  const latestShares = shares.at(-1);

  return (
    <div className="mx-auto max-w-5xl px-4 py-6">
      <h1 className="text-2xl font-bold">Mentorships in numbers</h1>
      <p className="mt-1 text-slate-700 dark:text-slate-300">
        {formatCount(index.ideas.length)} ideas from {index.facets.projects.length} projects and {formatCount(mentorCount)} mentors, in {perTerm.length} terms
        of LFX Mentorship and Google Summer of Code, {Math.min(...years)}–{Math.max(...years)}.
      </p>

      <section aria-labelledby="terms-heading" className="mt-8">
        <h2 id="terms-heading" className="sr-only">
          Ideas per term
        </h2>
        <ChartFigure
          title="Ideas per term"
          summary={`The busiest term was ${busiest?.label} with ${busiest?.count} ideas.`}
          table={{ columns: ['Term', 'Program', 'Ideas'], rows: perTerm.map((t) => [t.label, t.program, t.count]) }}
        >
          <BarChart bars={perTerm.map((t) => ({ key: t.termKey, label: shortTermLabel(t), value: t.count, series: t.program }))} series={programs} />
          <Legend series={programs} />
        </ChartFigure>
      </section>

      <section aria-labelledby="trend-heading" className="mt-10">
        <h2 id="trend-heading" className="sr-only">
          Skills over time
        </h2>
        <ChartFigure
          title="Share of each year's ideas asking for a skill"
          summary={
            latestShares
              ? `In ${latestShares.year}: ${latestShares.skills.map((s) => `${s.skill} ${percent(s.share)}`).join(', ')} of ${latestShares.total} ideas.`
              : 'No ideas.'
          }
          table={{
            columns: ['Year', ...compare.map((s) => `${s} (ideas, share)`), 'Ideas that year'],
            rows: shares.map((y) => [String(y.year), ...y.skills.map((s) => `${s.count} (${percent(s.share)})`), y.total]),
          }}
        >
          <LineChart
            categories={shares.map((y) => String(y.year))}
            series={compare.map((skill, i) => ({ name: skill, values: shares.map((y) => (y.total > 0 ? y.skills[i]!.share : null)) }))}
            format={percent}
          />
        </ChartFigure>
        <fieldset className="mt-3">
          <legend className="text-sm font-medium">Compare skills (up to {MAX_COMPARE})</legend>
          <div className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
            {choices.map((skill) => (
              <label key={skill} className="flex min-h-8 items-center gap-1.5 text-sm">
                <input type="checkbox" checked={compare.includes(skill)} onChange={() => toggle(skill)} className="size-5 accent-blue-700" />
                {skill}
              </label>
            ))}
          </div>
        </fieldset>
      </section>

      <div className="mt-10 grid gap-10 md:grid-cols-2">
        <section aria-labelledby="skills-heading">
          <h2 id="skills-heading" className="text-lg font-semibold">
            Skills in most demand, all terms
          </h2>
          <ol className="mt-3 space-y-1 text-sm">
            {skills.map((s) => (
              <li key={s.value} className="grid grid-cols-[8rem_1fr_3rem] items-center gap-2">
                <Link to="/" search={encodeState({ skills: [s.value] })} className="truncate text-blue-700 hover:underline dark:text-blue-300">
                  {s.value}
                </Link>
                <span aria-hidden="true" className="h-2 rounded bg-blue-600 dark:bg-blue-400" style={{ width: `${(100 * s.count) / maxSkill}%` }} />
                <span className="text-right tabular-nums">{s.count}</span>
              </li>
            ))}
          </ol>
        </section>
        <section aria-labelledby="projects-heading">
          <h2 id="projects-heading" className="text-lg font-semibold">
            Projects with the most ideas
          </h2>
          <ol className="mt-3 space-y-1 text-sm">
            {projects.map((p) => (
              <li key={p.slug} className="flex items-baseline justify-between gap-2 border-b border-slate-100 dark:border-slate-900">
                <Link to="/projects/$slug" params={{ slug: p.slug }} className="text-blue-700 underline dark:text-blue-300">
                  {p.name}
                </Link>
                <span className="tabular-nums">{p.count}</span>
              </li>
            ))}
          </ol>
          <p className="mt-2 text-sm">
            <Link to="/projects" className="font-medium text-blue-700 underline dark:text-blue-300">
              All projects
            </Link>
          </p>
        </section>
      </div>
    </div>
  );
}
