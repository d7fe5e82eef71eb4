/**
 * The public address of the site, for what is read outside it (feeds, the CSV export, the schema's
 * `$id`) and so needs absolute URLs. SITE_URL names it (the deploy workflow sets it from GitHub
 * Pages); a local build, which has no public address, links to `vite preview`'s default one.
 */
export const LOCAL_ORIGIN = 'http://localhost:4173';

/** An error in SITE_URL or BASE_PATH; its message is meant for the user as is. */
export class SiteUrlError extends Error {
  override name = 'SiteUrlError';
}

/**
 * The site's root URL, ending in `/`. `siteUrl` may be an origin (`https://example.org`, the base
 * path is added) or the whole address (`https://owner.github.io/mentorship-ideas/`), whose path
 * must then be the base path the app was built for: links into another path would not work.
 */
export function resolveSiteUrl(siteUrl: string | undefined, basePath: string): string {
  const base = `/${basePath.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
  if (!siteUrl) return `${LOCAL_ORIGIN}${base}`;
  let url: URL;
  try {
    url = new URL(siteUrl);
  } catch {
    throw new SiteUrlError(`SITE_URL must be an absolute http(s) URL, not "${siteUrl}"`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new SiteUrlError(`SITE_URL must be an http(s) URL, not "${siteUrl}"`);
  if (url.search || url.hash) throw new SiteUrlError(`SITE_URL must not have a query or fragment: "${siteUrl}"`);
  const path = url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/`;
  if (path !== '/' && path !== base) throw new SiteUrlError(`SITE_URL's path ${path} is not the base path the site is built for (BASE_PATH=${base})`);
  return `${url.origin}${base}`;
}

/** Absolute URLs of the site's pages and files. */
export interface SiteLinks {
  root: string;
  idea(id: string): string;
  project(slug: string): string;
  skillSearch(skill: string): string;
  file(path: string): string;
}

export function siteLinks(root: string): SiteLinks {
  return {
    root,
    idea: (id) => `${root}ideas/${encodeURIComponent(id)}`,
    project: (slug) => `${root}projects/${encodeURIComponent(slug)}`,
    // The app writes a comma inside a value as %252C (see the README's URL format).
    skillSearch: (skill) => `${root}?skills=${encodeURIComponent(skill.replace(/,/g, '%2C'))}`,
    file: (path) => `${root}${path}`,
  };
}
