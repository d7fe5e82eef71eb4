// Runs before the page is painted. Keep in sync with src/components/theme.ts (storage key, class
// name) and src/components/first-screen.ts.
(function () {
  var stored;
  try {
    stored = window.localStorage.getItem('mentorship-ideas:theme');
  } catch {
    stored = null;
  }
  var dark = stored === 'dark' || (stored !== 'light' && window.matchMedia('(prefers-color-scheme: dark)').matches);
  document.documentElement.classList.toggle('dark', dark);
  // Form controls follow color-scheme, not the class (see applyTheme).
  document.documentElement.style.colorScheme = dark ? 'dark' : 'light';

  // The first screen in the HTML (src/prerender/) is the unfiltered list as built: shown only at
  // the home page's own address, and not when a service worker answers (its copy may be older,
  // and the app comes from the cache fast enough).
  var path = document.querySelector('meta[name="first-screen-path"]');
  var sw = navigator.serviceWorker;
  var home = path && location.pathname === path.getAttribute('content') && location.search === '';
  if (!home || (sw && sw.controller)) document.documentElement.setAttribute('data-first-screen', 'off');
})();
