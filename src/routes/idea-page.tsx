import { Link, useNavigate, useParams, useRouter } from '@tanstack/react-router';
import { type ReactNode, useEffect, useRef, useState } from 'react';
import { type IdeaCard, MENTORS_AS_WRITTEN } from '../model/idea-index.ts';
import { titleWordsOfId } from '../model/idea-id.ts';
import { useIdeaIndex } from '../data/IndexProvider.tsx';
import { BookmarkButton } from '../components/BookmarkButton.tsx';
import { StatusBadge } from '../components/StatusBadge.tsx';
import { TermStatusBadge, useTermStatus } from '../components/TermStatusBadge.tsx';
import { ApplicationNeeds } from '../components/ApplicationNeeds.tsx';
import { AlsoProposedIn } from '../components/AlsoProposedIn.tsx';
import { ClosedTermNote } from '../components/ClosedTermNote.tsx';
import { MentorLink, ProjectLink } from '../components/EntityLinks.tsx';
import { MoreLikeThis } from '../components/MoreLikeThis.tsx';
import { upstreamFileUrl } from '../model/upstream-url.ts';
import { resolveId } from '../shortlist/redirects.ts';
import { consumeOpenedFromResults, lastResults, wasOpenedFromResults } from './return-to-results.ts';
import { NotFoundPage } from './not-found.tsx';
import { useIdeaDetail } from '../data/use-idea-details.ts';

/** How long an idea page waits for its details before showing the card's fields without them. */
const DETAILS_WAIT_MS = 700;

/** Grey lines where the description will be, while the term's details file is on its way. */
function DescriptionPlaceholder() {
  return (
    <div className="mt-3 space-y-3">
      <p className="sr-only">Loading the description…</p>
      {['w-full', 'w-11/12', 'w-full', 'w-4/5', 'w-2/3'].map((width, i) => (
        <div key={i} aria-hidden="true" className={`h-4 animate-pulse rounded bg-slate-200 dark:bg-slate-800 ${width}`} />
      ))}
    </div>
  );
}

export function IdeaPage() {
  const { ideaId } = useParams({ from: '/ideas/$ideaId' });
  const { engine, index } = useIdeaIndex();
  const router = useRouter();
  const navigate = useNavigate();
  // An id that was published once keeps working: a renamed idea is shown under its current id.
  const currentId = resolveId(ideaId, index.redirects, (id) => engine.byId.has(id));
  const idea = engine.byId.get(currentId);
  const [cameFromResults] = useState(() => wasOpenedFromResults(currentId));
  useEffect(() => consumeOpenedFromResults(currentId), [currentId]);
  const backHref = `${router.options.basepath?.replace(/\/$/, '') ?? ''}/${lastResults()}`;

  useEffect(() => {
    if (currentId !== ideaId) void navigate({ to: '/ideas/$ideaId', params: { ideaId: currentId }, replace: true });
  }, [currentId, ideaId, navigate]);

  useEffect(() => {
    document.title = idea ? `${idea.title} · ${idea.project} · Mentorship Ideas` : 'Idea not found · Mentorship Ideas';
    return () => {
      document.title = 'Mentorship Ideas';
    };
  }, [idea]);

  const back = (
    <a
      href={backHref}
      onClick={(e) => {
        if (cameFromResults && !e.ctrlKey && !e.metaKey && !e.shiftKey && e.button === 0) {
          e.preventDefault();
          router.history.back();
        }
      }}
      className="no-print text-sm font-medium text-blue-700 hover:underline dark:text-blue-300"
    >
      ← Back to results
    </a>
  );

  if (!idea) {
    return (
      <NotFoundPage title="Idea not found" query={titleWordsOfId(ideaId)}>
        No idea has the id <code className="break-all rounded bg-slate-100 px-1 dark:bg-slate-800">{ideaId.slice(0, 200)}</code>. It may have been renamed or
        removed from the idea lists.
      </NotFoundPage>
    );
  }

  return <IdeaDetails idea={idea} back={back} focusTitle={cameFromResults} />;
}

/**
 * The card's fields show at once; what only this page shows (description, outcome, links, the
 * source line) comes with the term's details file, with a retry when it cannot be fetched.
 */
function IdeaDetails({ idea, back, focusTitle }: { idea: IdeaCard; back: ReactNode; focusTitle: boolean }) {
  const status = useTermStatus(idea.termKey);
  const { index } = useIdeaIndex();
  const details = useIdeaDetail(idea);
  const detail = details.status === 'ready' ? details.detail : undefined;
  const [waited, setWaited] = useState(false);
  useEffect(() => {
    if (details.status !== 'loading') return;
    const timer = setTimeout(() => setWaited(true), DETAILS_WAIT_MS);
    return () => clearTimeout(timer);
  }, [details.status]);
  const showBody = details.status !== 'loading' || waited;
  const sourceUrl = detail && `${upstreamFileUrl(index.upstream, detail.source.file)}#L${detail.source.line}`;
  // A proposal merged with its entry in a list of accepted projects carries that entry's additions
  // (a mentor, a line of text): both places are named, so every part can be checked upstream.
  const acceptedUrl = detail?.acceptedSource && `${upstreamFileUrl(index.upstream, detail.acceptedSource.file)}#L${detail.acceptedSource.line}`;
  // Opened from the results, focus starts on the title (read first, then the details); Back
  // returns focus to that result (see ResultList). A page loaded directly keeps the browser's focus.
  const title = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusTitle) title.current?.focus({ preventScroll: true });
  }, [focusTitle]);
  return (
    <article className="mx-auto max-w-3xl px-4 py-6">
      {back}
      <p className="mt-4 flex flex-wrap items-center gap-2 text-sm text-slate-600 dark:text-slate-400">
        <ProjectLink idea={idea} className="font-medium text-blue-800 underline dark:text-blue-300" />
        {idea.group && <span>› {idea.group}</span>}
        <span aria-hidden="true">·</span>
        <span>
          {idea.program}, {idea.term}
        </span>
        <StatusBadge status={idea.status} />
        <TermStatusBadge termKey={idea.termKey} />
      </p>
      <div className="mt-2 flex flex-wrap items-start justify-between gap-3">
        <h1 ref={title} tabIndex={-1} className="text-3xl font-bold leading-tight [overflow-wrap:anywhere]">
          {idea.title}
        </h1>
        <BookmarkButton idea={idea} size="large" />
      </div>
      <AlsoProposedIn idea={idea} className="mt-2 text-sm" />
      <ClosedTermNote idea={idea} className="mt-3" />

      {showBody ? (
        <>
          {/* Columns that may be narrower than an issue's address, which wraps: on a phone one ran off the side. */}
          <dl className="mt-6 grid grid-cols-1 gap-x-6 gap-y-3 rounded-lg border border-slate-200 p-4 text-sm [overflow-wrap:anywhere] sm:grid-cols-[max-content_minmax(0,1fr)] dark:border-slate-800">
            <dt className="font-semibold">Skills</dt>
            <dd>
              {idea.skills.length > 0 ? (
                <ul className="flex flex-wrap gap-1.5">
                  {idea.skills.map((skill) => (
                    <li key={skill}>
                      <Link to="/" search={{ skills: skill }} className="rounded-full bg-slate-100 px-2 py-0.5 text-xs hover:underline dark:bg-slate-800">
                        {skill}
                      </Link>
                    </li>
                  ))}
                </ul>
              ) : (
                '—'
              )}
              {detail?.skillsText && <p className="mt-1 text-slate-600 dark:text-slate-400">As written: {detail.skillsText}</p>}
            </dd>
            <dt className="font-semibold">Mentors</dt>
            <dd>
              {idea.mentors.length > 0 ? (
                <ul className="space-y-0.5">
                  {idea.mentors.map((m) => (
                    <li key={`${m.github ?? ''}${m.name ?? ''}`}>
                      <MentorLink mentor={m} className="text-blue-700 underline dark:text-blue-300">
                        {m.name ?? `@${m.github}`}
                      </MentorLink>
                      {m.github && (
                        <>
                          {' '}
                          <a
                            href={`https://github.com/${m.github}`}
                            target="_blank"
                            rel="noopener noreferrer"
                            aria-label={`${m.name ?? m.github} on GitHub`}
                            className="text-slate-600 underline dark:text-slate-400"
                          >
                            {m.name ? `@${m.github}` : 'GitHub'}
                          </a>
                        </>
                      )}
                      {m.role && <span className="text-slate-600 dark:text-slate-400"> ({m.role === 'primary' ? 'primary mentor' : 'co-mentor'})</span>}
                    </li>
                  ))}
                </ul>
              ) : (
                // A team named where a person goes (the ingest keeps the line as written): who mentors, in its words.
                (detail?.extra?.[MENTORS_AS_WRITTEN] ?? 'Not listed')
              )}
            </dd>
            {detail && detail.issues.length > 0 && (
              <>
                <dt className="font-semibold">Upstream issues</dt>
                <dd>
                  <ul className="space-y-0.5">
                    {detail.issues.map((url) => (
                      <li key={url}>
                        <a href={url} target="_blank" rel="noopener noreferrer nofollow" className="break-all text-blue-700 underline dark:text-blue-300">
                          {url.replace(/^https?:\/\/(www\.)?/, '')}
                        </a>
                      </li>
                    ))}
                  </ul>
                </dd>
              </>
            )}
            {detail?.lfxUrl && (
              <>
                <dt className="font-semibold">LFX page</dt>
                <dd>
                  <a href={detail.lfxUrl} target="_blank" rel="noopener noreferrer nofollow" className="break-all text-blue-700 underline dark:text-blue-300">
                    {/* An applicant can only apply while the term's applications are open. */}
                    {status?.phase === 'open' ? 'Apply on LFX Mentorship' : 'View on LFX Mentorship'}
                  </a>
                </dd>
              </>
            )}
            {idea.projectMaturity && (
              <>
                <dt className="font-semibold">Project maturity</dt>
                <dd>CNCF {idea.projectMaturity} project</dd>
              </>
            )}
            {idea.prerequisites && (
              <>
                <dt className="font-semibold">To apply</dt>
                <dd>
                  <ApplicationNeeds prerequisites={idea.prerequisites} />
                </dd>
              </>
            )}
            {idea.size && (
              <>
                <dt className="font-semibold">Size</dt>
                <dd>{idea.size}</dd>
              </>
            )}
            {idea.difficulty && (
              <>
                <dt className="font-semibold">Difficulty</dt>
                <dd>{idea.difficulty}</dd>
              </>
            )}
            {Object.entries(detail?.extra ?? {})
              .filter(([labelText]) => labelText !== MENTORS_AS_WRITTEN)
              .map(([labelText, value]) => (
                <div key={labelText} className="contents">
                  <dt className="font-semibold">{labelText}</dt>
                  {/* A field written as a list (one item per line in the index) is shown as a list. */}
                  <dd>
                    {value.includes('\n') ? (
                      <ul className="list-disc space-y-1 pl-5">
                        {value.split('\n').map((item, i) => (
                          <li key={i}>{item}</li>
                        ))}
                      </ul>
                    ) : (
                      value
                    )}
                  </dd>
                </div>
              ))}
          </dl>

          <section aria-labelledby="description-heading" aria-busy={details.status === 'loading'} className="mt-8">
            <h2 id="description-heading" className="text-xl font-semibold">
              Description
            </h2>
            {details.status === 'loading' && <DescriptionPlaceholder />}
            {details.status === 'error' && (
              <div
                role="alert"
                className="mt-3 rounded-lg border border-red-300 bg-red-50 p-4 text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-100"
              >
                <p className="font-semibold">The description could not be loaded.</p>
                <p className="mt-1">{details.message}</p>
                <button type="button" onClick={details.retry} className="mt-3 rounded-md bg-red-700 px-4 py-2 font-medium text-white hover:bg-red-800">
                  Try again
                </button>
              </div>
            )}
            {/* Sanitized at build time by rehype-sanitize (http(s)/mailto links only, no raw HTML). */}
            {detail && <div className="prose-idea mt-3" dangerouslySetInnerHTML={{ __html: detail.descriptionHtml || '<p>No description given.</p>' }} />}
          </section>
          {detail?.outcome && (
            <section aria-labelledby="outcome-heading" className="mt-8">
              <h2 id="outcome-heading" className="text-xl font-semibold">
                Expected outcome
              </h2>
              <div className="prose-idea mt-3" dangerouslySetInnerHTML={{ __html: detail.outcome.html }} />
            </section>
          )}
          {detail?.projectIntro && (
            <section aria-labelledby="project-intro-heading" className="mt-8">
              <h2 id="project-intro-heading" className="text-xl font-semibold [overflow-wrap:anywhere]">
                About {idea.project}
              </h2>
              <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">As the {idea.term} list introduces it, above its ideas.</p>
              <div className="prose-idea mt-3" dangerouslySetInnerHTML={{ __html: detail.projectIntro.html }} />
            </section>
          )}

          <MoreLikeThis idea={idea} />

          <footer className="mt-10 border-t border-slate-200 pt-4 text-sm text-slate-600 dark:border-slate-800 dark:text-slate-400">
            {detail && sourceUrl && (
              <>
                <a href={sourceUrl} target="_blank" rel="noopener noreferrer" className="font-medium text-blue-700 underline dark:text-blue-300">
                  View source
                </a>{' '}
                ({detail.source.file}, line {detail.source.line}) ·{' '}
              </>
            )}
            {detail?.acceptedSource && acceptedUrl && (
              <>
                <a href={acceptedUrl} target="_blank" rel="noopener noreferrer" className="font-medium text-blue-700 underline dark:text-blue-300">
                  Listed as accepted
                </a>{' '}
                ({detail.acceptedSource.file}, line {detail.acceptedSource.line}) ·{' '}
              </>
            )}
            Content by CNCF mentoring contributors,{' '}
            <a href="https://creativecommons.org/licenses/by/4.0/" target="_blank" rel="noopener noreferrer" className="underline">
              CC BY 4.0
            </a>
          </footer>
        </>
      ) : (
        // The details usually follow the card within a moment: until then (DETAILS_WAIT_MS at most)
        // the page holds its fields back, which would otherwise jump down as the details' rows came.
        <div aria-busy="true" className="mt-6">
          <DescriptionPlaceholder />
        </div>
      )}
    </article>
  );
}
