import { createRootRoute, createRoute, createRouter, type RouterHistory } from '@tanstack/react-router';
import { Layout } from './components/Layout.tsx';
import { IdeaPage, MentorPage, ProjectPage, ProjectsPage, ShortlistPage, StatsPage } from './routes/lazy-pages.ts';
import { NotFoundPage } from './routes/not-found.tsx';
import { SearchPage } from './routes/search-page.tsx';
import { decodeState, encodeState, parseSearchString, stringifySearch, type UrlParam } from './search/url-state.ts';

const rootRoute = createRootRoute({ component: Layout, notFoundComponent: () => <NotFoundPage /> });

/** Search params stay strings (see url-state.ts); the page decodes them into a SearchState. */
export type SearchParams = Partial<Record<UrlParam, string>>;

const searchRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/',
  validateSearch: (raw: Record<string, unknown>): SearchParams => encodeState(decodeState(raw)),
  component: SearchPage,
});

const ideaRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/ideas/$ideaId',
  component: IdeaPage,
});

const shortlistRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/shortlist',
  // `ids` present (even empty) means someone's shared list; absent means the user's own.
  validateSearch: (raw: Record<string, unknown>): { ids?: string } => (typeof raw.ids === 'string' ? { ids: raw.ids.slice(0, 50_000) } : {}),
  component: ShortlistPage,
});

const projectsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/projects',
  component: ProjectsPage,
});
const projectRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/projects/$slug',
  component: ProjectPage,
});
const mentorRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/mentors/$slug',
  component: MentorPage,
});
const statsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/stats',
  // Skills compared over the years, e.g. `?compare=Go,Rust`: a shareable view like any filter.
  validateSearch: (raw: Record<string, unknown>): { compare?: string } => (typeof raw.compare === 'string' ? { compare: raw.compare.slice(0, 500) } : {}),
  component: StatsPage,
});

const routeTree = rootRoute.addChildren([searchRoute, ideaRoute, shortlistRoute, projectsRoute, projectRoute, mentorRoute, statsRoute]);

/** The app's router; `history` other than the browser's for the build's first screen (src/prerender/). */
export const createAppRouter = (history?: RouterHistory) =>
  createRouter({
    routeTree,
    basepath: import.meta.env.BASE_URL,
    // Our own (de)serialisation: every value stays text, no JSON coercion of `q=2024`.
    parseSearch: parseSearchString,
    stringifySearch,
    scrollRestoration: true,
    defaultPreload: false,
    ...(history ? { history } : {}),
  });

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>;
  }
}
