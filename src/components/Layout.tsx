import { Link, Outlet, useRouter, useRouterState } from '@tanstack/react-router';
import { useEffect } from 'react';
import { lastResults } from '../routes/return-to-results.ts';
import { decodeState, encodeState, parseSearchString } from '../search/url-state.ts';
import { feedPath } from '../model/feeds.ts';
import { SubscribeLink } from './FeedLinks.tsx';
import { IndexProvider } from '../data/IndexProvider.tsx';
import { IndexUpdateNotice } from './IndexUpdateNotice.tsx';
import { ShortlistNotices } from './ShortlistNotices.tsx';
import { focusSearchBox, isSearchShortcut, requestSearchFocus } from './SearchBox.tsx';
import { ShortlistIdMigration, ShortlistProvider, useShortlist } from './ShortlistProvider.tsx';
import { ThemeToggle } from './ThemeToggle.tsx';

export function Layout() {
  return (
    <ShortlistProvider>
      <Page />
    </ShortlistProvider>
  );
}

function ShortlistLink() {
  const { state } = useShortlist();
  return (
    <Link
      to="/shortlist"
      search={{}}
      className="whitespace-nowrap rounded-md px-2 py-1 text-sm font-medium hover:bg-slate-100 dark:hover:bg-slate-800"
      activeProps={{ 'aria-current': 'page', className: 'underline' }}
    >
      Shortlist ({state.items.length})
    </Link>
  );
}

function NavLink({ to, children }: { to: '/projects' | '/stats'; children: string }) {
  return (
    <Link
      to={to}
      className="whitespace-nowrap rounded-md px-2 py-1 text-sm font-medium hover:bg-slate-100 dark:hover:bg-slate-800"
      activeProps={{ 'aria-current': 'page', className: 'underline' }}
    >
      {children}
    </Link>
  );
}

/**
 * `/` anywhere but in a text field goes to the search box: on the search page it is focused (once
 * the page is there), elsewhere the last results are shown with the box focused. Listening in the
 * capture phase, no control can swallow the key first.
 */
function useSearchShortcut() {
  const router = useRouter();
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || !isSearchShortcut(e)) return;
      e.preventDefault();
      if (focusSearchBox()) return;
      requestSearchFocus();
      if (router.state.matches.some((match) => match.routeId === '/')) return;
      void router.navigate({ to: '/', search: encodeState(decodeState(parseSearchString(lastResults()))) });
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [router]);
}

function Page() {
  useSearchShortcut();
  // An address no page answers (/no/such/page, /ideas/x/extra: the router marks the root's match
  // not found, and its not-found page shows) needs no ideas: it says so at once, while they load,
  // instead of after them. Only the root's: a page's own not-found could need them.
  const noPage = useRouterState({ select: (state) => state.matches[0]?._notFound === true });
  return (
    <div className="flex min-h-screen flex-col">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2 dark:focus:bg-slate-900"
      >
        Skip to content
      </a>
      <header className="no-print border-b border-slate-200 bg-white/90 dark:border-slate-800 dark:bg-slate-950/90">
        <div className="mx-auto flex max-w-7xl flex-wrap items-center justify-between gap-x-4 gap-y-2 px-4 py-3">
          <Link to="/" search={{}} className="flex items-center gap-2 whitespace-nowrap text-base font-bold tracking-tight sm:text-lg">
            <img src={`${import.meta.env.BASE_URL}favicon.svg`} alt="" width="28" height="28" />
            Mentorship Ideas
          </Link>
          <nav aria-label="Main" className="flex flex-wrap items-center gap-1 sm:gap-3">
            <NavLink to="/projects">Projects</NavLink>
            <NavLink to="/stats">Stats</NavLink>
            <ShortlistLink />
            <ThemeToggle />
          </nav>
        </div>
      </header>
      <ShortlistNotices />
      {/* At least a screen tall: the footer starts below the fold, so pages that grow as their
          data arrives (results, an idea's details) do not push it across the screen. */}
      <main id="main" className="min-h-screen flex-1">
        <IndexProvider pageWithoutIdeas={noPage ? <Outlet /> : undefined}>
          <ShortlistIdMigration />
          <IndexUpdateNotice />
          {!noPage && <Outlet />}
        </IndexProvider>
      </main>
      <footer className="no-print border-t border-slate-200 px-4 py-4 text-center text-sm text-slate-600 dark:border-slate-800 dark:text-slate-400">
        Ideas:{' '}
        <a className="underline" href="https://github.com/cncf/mentoring" target="_blank" rel="noopener noreferrer">
          CNCF mentoring contributors
        </a>
        ,{' '}
        <a className="underline" href="https://creativecommons.org/licenses/by/4.0/" target="_blank" rel="noopener noreferrer">
          CC BY 4.0
        </a>
        . Mentorship Ideas is not affiliated with the CNCF or Google. New ideas: <SubscribeLink href={feedPath('ideas')} title="all ideas" />
        {' · '}
        <a className="underline" href={`${import.meta.env.BASE_URL}ideas.csv`} download>
          All ideas as CSV
        </a>
      </footer>
    </div>
  );
}
