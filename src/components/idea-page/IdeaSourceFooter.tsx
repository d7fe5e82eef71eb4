import type { IdeaDetail } from '../../model/app-data.ts';
import type { UpstreamSource } from '../../model/idea-index.ts';
import { upstreamFileUrl } from '../../model/upstream-url.ts';

/**
 * Where the idea is written upstream, and the credit its licence asks for. A proposal merged with
 * its entry in a list of accepted projects carries that entry's additions (a mentor, a line of
 * text): both places are named, so every part can be checked upstream.
 */
export function IdeaSourceFooter({ detail, upstream }: { detail: IdeaDetail | undefined; upstream: UpstreamSource }) {
  const sourceUrl = detail && `${upstreamFileUrl(upstream, detail.source.file)}#L${detail.source.line}`;
  const acceptedUrl = detail?.acceptedSource && `${upstreamFileUrl(upstream, detail.acceptedSource.file)}#L${detail.acceptedSource.line}`;
  return (
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
  );
}
