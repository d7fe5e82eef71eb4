import { Link, useParams } from '@tanstack/react-router';
import { useMemo, useState } from 'react';
import { BarChart, Legend } from '../components/charts/BarChart.tsx';
import { ChartFigure } from '../components/charts/ChartFigure.tsx';
import { useDocumentTitle } from '../components/document-title.ts';
import { SubscribeLink } from '../components/FeedLinks.tsx';
import { feedPath } from '../model/feeds.ts';
import { MentorLink } from '../components/EntityLinks.tsx';
import { termLabel } from '../components/facet-labels.ts';
import { useIdeaIndex } from '../data/IndexProvider.tsx';
import { StatusBadge } from '../components/StatusBadge.tsx';
import { TermStatusBadge } from '../components/TermStatusBadge.tsx';
import { projectSummary } from '../insights/project-summary.ts';
import type { PersonCount } from '../insights/shared.ts';
import { shortTermLabel } from '../insights/short-labels.ts';
import { NotFoundPage } from './not-found.tsx';
import { encodeState } from '../search/url-state.ts';

const MATURITY_TEXT = { sandbox: 'CNCF Sandbox', incubating: 'CNCF Incubating', graduated: 'CNCF Graduated', archived: 'CNCF Archived' } as const;

/** `/projects/<slug>`: what a project usually offers, and whether it still takes mentees. */
export function ProjectPage() {
  const { slug } = useParams({ from: '/projects/$slug' });
  const { index } = useIdeaIndex();
  const summary = useMemo(() => projectSummary(index, slug), [index, slug]);
  useDocumentTitle(summary ? `${summary.name} — ${summary.ideaCount} ideas` : 'Project not found');
  if (!summary) {
    return (
      <NotFoundPage title="Project not found">
        No project has ideas under <code className="break-all rounded bg-slate-100 px-1 dark:bg-slate-800">{slug.slice(0, 200)}</code>.
      </NotFoundPage>
    );
  }
  const { name, info, ideaCount, byTerm, perTerm, topSkills, mentors, firstTerm, lastTerm } = summary;
  // Sorted as on /stats, so each programme keeps its colour across pages.
  const programs = [...new Set(perTerm.map((t) => t.program))].sort();
  return (
    <div className="mx-auto max-w-5xl px-4 py-6">
      <p className="text-sm">
        <Link to="/projects" className="font-medium text-blue-700 hover:underline dark:text-blue-300">
          ← All projects
        </Link>
      </p>
      <header className="mt-3">
        <h1 className="text-3xl font-bold">{name}</h1>
        <p className="mt-2 flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-slate-700 dark:text-slate-300">
          {info && <span className="rounded-full bg-slate-100 px-2 font-medium dark:bg-slate-800">{MATURITY_TEXT[info.maturity]}</span>}
          <span>
            {ideaCount === 1 ? '1 idea' : `${ideaCount} ideas`} in {byTerm.length === 1 ? '1 term' : `${byTerm.length} terms`}
            {byTerm.length > 1 && (
              <>
                , from {termLabel(firstTerm)} to {termLabel(lastTerm)}
              </>
            )}
          </span>
          {info?.homepage && (
            <a href={info.homepage} target="_blank" rel="noopener noreferrer" className="text-blue-700 underline dark:text-blue-300">
              Homepage
            </a>
          )}
          <span>
            New ideas: <SubscribeLink href={feedPath('project', summary.slug)} title={`${name} ideas`} className="text-blue-700 dark:text-blue-300" />
          </span>
          {info?.repo && (
            <a href={info.repo} target="_blank" rel="noopener noreferrer" className="text-blue-700 underline dark:text-blue-300">
              Repository
            </a>
          )}
        </p>
        <p className="mt-2 text-sm">
          Latest: {termLabel(lastTerm)} <TermStatusBadge termKey={lastTerm.key} />
        </p>
        <p className="mt-3">
          <Link
            to="/"
            search={encodeState({ projects: [name] })}
            className="inline-block rounded-md bg-blue-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-blue-800 dark:bg-blue-600"
          >
            Search and filter its ideas
          </Link>
        </p>
      </header>

      <div className="mt-8 grid gap-8 lg:grid-cols-[2fr_1fr]">
        <section aria-labelledby="chart-heading" className="min-w-0">
          <h2 id="chart-heading" className="sr-only">
            Ideas over time
          </h2>
          <ChartFigure
            title="Ideas per term"
            // The chart spans every term from the project's first to its latest, those without ideas too.
            summary={chartSummary(ideaCount, perTerm)}
            table={{ columns: ['Term', 'Ideas'], rows: perTerm.map((t) => [t.label, t.count]) }}
          >
            <BarChart bars={perTerm.map((t) => ({ key: t.termKey, label: shortTermLabel(t), value: t.count, series: t.program }))} series={programs} />
            <Legend series={programs} />
          </ChartFigure>
        </section>
        <div className="space-y-6">
          <section aria-labelledby="skills-heading">
            <h2 id="skills-heading" className="text-lg font-semibold">
              Skills its ideas ask for
            </h2>
            <ul className="mt-2 flex flex-wrap gap-1.5 text-sm">
              {topSkills.map((s) => (
                <li key={s.value}>
                  <Link
                    to="/"
                    search={encodeState({ projects: [name], skills: [s.value] })}
                    className="inline-block rounded-full bg-slate-100 px-2 py-0.5 hover:underline dark:bg-slate-800"
                  >
                    {s.value} <span className="text-slate-600 dark:text-slate-400">{s.count}</span>
                  </Link>
                </li>
              ))}
            </ul>
          </section>
          <section aria-labelledby="mentors-heading">
            <h2 id="mentors-heading" className="text-lg font-semibold">
              Mentors <span className="font-normal text-slate-600 dark:text-slate-400">({mentors.length})</span>
            </h2>
            <MentorList mentors={mentors} />
          </section>
        </div>
      </div>

      <section aria-labelledby="ideas-heading" className="mt-10">
        <h2 id="ideas-heading" className="text-xl font-semibold">
          Ideas by term
        </h2>
        {byTerm.map(({ term, ideas }) => (
          <section key={term.key} aria-label={termLabel(term)} className="mt-5">
            <h3 className="flex flex-wrap items-center gap-2 border-b border-slate-200 pb-1 font-semibold dark:border-slate-800">
              {termLabel(term)} <TermStatusBadge termKey={term.key} />
            </h3>
            <ul className="mt-2 space-y-1.5">
              {ideas.map((idea) => (
                <li key={idea.id} className="flex flex-wrap items-baseline gap-x-2">
                  <Link to="/ideas/$ideaId" params={{ ideaId: idea.id }} className="font-medium text-blue-800 hover:underline dark:text-blue-300">
                    {idea.title}
                  </Link>
                  {idea.group && <span className="text-sm text-slate-600 dark:text-slate-400">{idea.group}</span>}
                  <StatusBadge status={idea.status} />
                </li>
              ))}
            </ul>
          </section>
        ))}
      </section>
    </div>
  );
}

/** Mentors shown before "Show all": a project can have a hundred, most with one idea. */
const MENTORS_SHOWN = 12;

/** The project's mentors, most ideas first: the first few, and all of them on request (no box to scroll). */
function MentorList({ mentors }: { mentors: PersonCount[] }) {
  const [all, setAll] = useState(false);
  const shown = all ? mentors : mentors.slice(0, MENTORS_SHOWN);
  return (
    <>
      <ul className="mt-2 space-y-0.5 text-sm">
        {shown.map((m) => (
          <li key={m.slug}>
            <MentorLink mentor={m} className="text-blue-700 underline dark:text-blue-300" />{' '}
            <span className="text-slate-600 dark:text-slate-400">· {m.count === 1 ? '1 idea' : `${m.count} ideas`}</span>
          </li>
        ))}
      </ul>
      {mentors.length > MENTORS_SHOWN && (
        <button
          type="button"
          className="mt-2 text-sm font-medium text-blue-700 hover:underline dark:text-blue-300"
          onClick={() => setAll((now) => !now)}
          aria-expanded={all}
        >
          {all ? 'Show fewer' : `Show all ${mentors.length} mentors`}
        </button>
      )}
    </>
  );
}

/** What the chart shows, in words: "29 ideas in 12 of the 15 terms from its first to its latest; at most 3 in one term." */
function chartSummary(ideaCount: number, perTerm: readonly { count: number }[]): string {
  const withIdeas = perTerm.filter((t) => t.count > 0).length;
  const terms = withIdeas === perTerm.length ? `every one of the ${perTerm.length} terms` : `${withIdeas} of the ${perTerm.length} terms`;
  return `${ideaCount === 1 ? '1 idea' : `${ideaCount} ideas`} in ${terms} from its first to its latest; at most ${Math.max(...perTerm.map((t) => t.count))} in one term.`;
}
