import { useNavigate, useParams, useRouter } from '@tanstack/react-router';
import { type ReactNode, useEffect, useRef, useState } from 'react';
import type { IdeaCard } from '../model/idea-index.ts';
import { titleWordsOfId } from '../model/idea-id.ts';
import { useIdeaIndex } from '../data/IndexProvider.tsx';
import { BookmarkButton } from '../components/BookmarkButton.tsx';
import { StatusBadge } from '../components/StatusBadge.tsx';
import { TermStatusBadge, useTermStatus } from '../components/TermStatusBadge.tsx';
import { AlsoProposedIn } from '../components/AlsoProposedIn.tsx';
import { ClosedTermNote } from '../components/ClosedTermNote.tsx';
import { ProjectLink } from '../components/EntityLinks.tsx';
import { MoreLikeThis } from '../components/MoreLikeThis.tsx';
import { DescriptionPlaceholder } from '../components/idea-page/DescriptionPlaceholder.tsx';
import { IdeaFacts } from '../components/idea-page/IdeaFacts.tsx';
import { IdeaSourceFooter } from '../components/idea-page/IdeaSourceFooter.tsx';
import { IdeaTexts } from '../components/idea-page/IdeaTexts.tsx';
import { resolveId } from '../shortlist/redirects.ts';
import { consumeOpenedFromResults, lastResults, wasOpenedFromResults } from './return-to-results.ts';
import { NotFoundPage } from './not-found.tsx';
import { useIdeaDetail } from '../data/use-idea-details.ts';
import { programAndTerm } from '../components/facet-labels.ts';

/** How long an idea page waits for its details before showing the card's fields without them. */
const DETAILS_WAIT_MS = 700;

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
  // Opened from the results, focus starts on the title (read first, then the details); Back
  // returns focus to that result (see ResultList). A page loaded directly keeps the browser's focus.
  const title = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusTitle) title.current?.focus({ preventScroll: true });
  }, [focusTitle]);
  return (
    <article className="mx-auto max-w-3xl px-4 py-6">
      {back}
      {/* On a phone, project and term each get a line: wrapped as they came, a "·" was left ending a line. */}
      <p className="mt-4 flex flex-wrap items-center gap-x-2 gap-y-1 text-sm text-slate-600 dark:text-slate-400">
        <span data-testid="idea-project-line" className="basis-full sm:basis-auto">
          <ProjectLink idea={idea} className="font-medium text-blue-800 underline dark:text-blue-300" />
          {idea.group && <> › {idea.group}</>}
        </span>
        <span aria-hidden="true" className="hidden sm:inline">
          ·
        </span>
        <span>{programAndTerm(idea)}</span>
        <span className="inline-flex gap-2">
          <StatusBadge status={idea.status} />
          <TermStatusBadge termKey={idea.termKey} />
        </span>
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
          <IdeaFacts idea={idea} detail={detail} applicationsOpen={status?.phase === 'open'} />

          <IdeaTexts idea={idea} details={details} />

          <MoreLikeThis idea={idea} />

          <IdeaSourceFooter detail={detail} upstream={index.upstream} />
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
