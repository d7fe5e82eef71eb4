import { lazyRouteComponent } from '@tanstack/react-router';

/**
 * Pages whose code is not on the first screen: each loads when first opened. The idea page, the
 * one most visits open next, is fetched ahead once the first results are painted and the page is
 * idle (preloadIdeaPage), so that opening a result does not wait for it.
 */
const ideaPage = () => import('./idea-page.tsx');
export const IdeaPage = lazyRouteComponent(ideaPage, 'IdeaPage');
/** Exports, the calendar and the saved ideas' details. */
export const ShortlistPage = lazyRouteComponent(() => import('./shortlist-page.tsx'), 'ShortlistPage');
// Pages with charts (and d3-scale).
export const ProjectsPage = lazyRouteComponent(() => import('./projects-page.tsx'), 'ProjectsPage');
export const ProjectPage = lazyRouteComponent(() => import('./project-page.tsx'), 'ProjectPage');
export const MentorPage = lazyRouteComponent(() => import('./mentor-page.tsx'), 'MentorPage');
export const StatsPage = lazyRouteComponent(() => import('./stats-page.tsx'), 'StatsPage');
// A plain import: a failed fetch ahead of time (offline, a network blip) is forgotten, and the
// route loads the page itself when it is opened, instead of failing as the component's own preload
// would make it.
export const preloadIdeaPage = () => void ideaPage().catch(() => {});
