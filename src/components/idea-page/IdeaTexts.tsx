import type { IdeaCard } from '../../model/idea-index.ts';
import type { DetailState } from '../../data/use-idea-details.ts';
import { DescriptionPlaceholder } from './DescriptionPlaceholder.tsx';

/**
 * The idea's texts from its term's details file: the description (with a placeholder while the
 * file comes, and a retry when it cannot be fetched), the expected outcome, and the project's
 * introduction as the term's list gives it.
 */
export function IdeaTexts({ idea, details }: { idea: IdeaCard; details: DetailState }) {
  const detail = details.status === 'ready' ? details.detail : undefined;
  return (
    <>
      <section aria-labelledby="description-heading" aria-busy={details.status === 'loading'} className="mt-8">
        <h2 id="description-heading" className="text-xl font-semibold">
          Description
        </h2>
        {details.status === 'loading' && <DescriptionPlaceholder />}
        {details.status === 'error' && (
          <div role="alert" className="mt-3 rounded-lg border border-red-300 bg-red-50 p-4 text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-100">
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
    </>
  );
}
