import type { UpstreamSource } from './idea-index.ts';

/** Web URL of a source file in the upstream repository (`…/blob/<ref>/<root>/<file>`). */
export function upstreamFileUrl(upstream: UpstreamSource, file: string): string {
  const root = upstream.root ? `${upstream.root.replace(/^\/+|\/+$/g, '')}/` : '';
  return `${upstream.repository.replace(/\/+$/, '')}/blob/${upstream.ref}/${root}${file}`;
}
