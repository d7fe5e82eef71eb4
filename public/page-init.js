// Runs before the page is painted. Keep in sync with src/components/theme.ts (storage key, class
// name) and src/components/first-screen.ts.
(function () {
  var root = document.documentElement;
  var stored = null;
  try {
    stored = window.localStorage.getItem('mentorship-ideas:theme');
  } catch {
    // Storage refused (privacy settings, sandboxed frames): the system's theme.
  }
  var dark = stored === 'dark';
  try {
    dark = dark || (stored !== 'light' && window.matchMedia('(prefers-color-scheme: dark)').matches);
  } catch {
    // No media queries: light.
  }
  root.classList.toggle('dark', dark);
  // Form controls follow color-scheme, not the class (see applyTheme).
  root.style.colorScheme = dark ? 'dark' : 'light';

  // The first screen in the HTML (src/prerender/) is the unfiltered list as built: shown only at
  // the home page's own address, and not when a service worker answers (its copy may be older,
  // and the app comes from the cache fast enough). Whatever goes wrong here turns it off.
  var off = function () {
    root.setAttribute('data-first-screen', 'off');
  };
  try {
    var path = document.querySelector('meta[name="first-screen-path"]');
    var sw = navigator.serviceWorker;
    var home = path && location.pathname === path.getAttribute('content') && location.search === '';
    if (!home || (sw && sw.controller)) off();
  } catch {
    off();
  }
  // A script that fails to load or run (a chunk gone after a deploy, an unsupported browser) would
  // leave the picture up with nothing behind it: the app's own page (and its message) shows instead.
  window.addEventListener(
    'error',
    function (event) {
      if (event instanceof ErrorEvent || (event.target && event.target.tagName === 'SCRIPT')) off();
    },
    true,
  );

  // The app's own scripts, listed on this script's tag by the build (src/prerender/defer-app-scripts.ts;
  // the dev server's page loads its own). Behind the first screen they are requested once its first
  // contentful paint is on screen: downloaded and compiled meanwhile, they made laying it out a long
  // task. Elsewhere, and in a tab out of sight (which paints nothing), at once.
  var listed = document.currentScript && document.currentScript.getAttribute('data-app-scripts');
  if (listed) {
    var requested = false;
    var load = function () {
      if (requested) return;
      requested = true;
      var urls = listed.split(' ');
      for (var i = 1; i < urls.length; i++) {
        var preload = document.createElement('link');
        preload.rel = 'modulepreload';
        preload.crossOrigin = 'anonymous';
        preload.href = urls[i];
        document.head.appendChild(preload);
      }
      var entry = document.createElement('script');
      entry.type = 'module';
      entry.crossOrigin = 'anonymous';
      entry.src = urls[0];
      document.head.appendChild(entry);
    };
    if (root.getAttribute('data-first-screen') === 'off' || document.visibilityState === 'hidden') {
      load();
    } else {
      try {
        // Where the browser does not report paints: after the frame that lays the first screen out.
        if (PerformanceObserver.supportedEntryTypes.indexOf('paint') === -1) throw new Error('no paint timing');
        new PerformanceObserver(function (list, observer) {
          if (list.getEntriesByName('first-contentful-paint').length === 0) return;
          observer.disconnect();
          setTimeout(load, 0);
        }).observe({ type: 'paint', buffered: true });
      } catch {
        requestAnimationFrame(function () {
          setTimeout(load, 0);
        });
      }
      // Whatever happens to the paint, the app is not held back longer than this.
      setTimeout(load, 3000);
    }
  }
})();
