/// <reference types="vite-plugin-pwa/client" />
import { registerSW } from 'virtual:pwa-register';
import { LOAD_MARKS } from '../data/index-worker-protocol.ts';

/** The latest the service worker is registered when the descriptions never finish loading. */
const REGISTER_AFTER_MS = 10_000;
/** Quiet needed before installing: this long without a key pressed or a pointer down. */
const QUIET_MS = 2_000;

/**
 * Registers the service worker that vite-plugin-pwa generates (see vite.config.ts), from app code
 * because the Content-Security-Policy forbids the plugin's inline registration script. Only in
 * the production build: the dev server has no service worker, and one would serve stale modules.
 * autoUpdate: a new worker takes over at once and the plugin reloads the page (see vite.config.ts).
 *
 * Not before the page's data is searchable, and not while someone is typing: installing downloads
 * and caches the whole app shell, which would compete with the first results and the keystrokes
 * for a phone's few cores.
 */
export function registerServiceWorker() {
  if (!import.meta.env.PROD) return;
  // workbox-window is imported lazily by the plugin's module, so it is not initial JavaScript.
  afterMark(LOAD_MARKS.searchReady, REGISTER_AFTER_MS, () => whenQuiet(QUIET_MS, () => registerSW({ immediate: true })));
}

/** Runs `then` once `quiet` ms have passed without a key pressed or a pointer down. */
export function whenQuiet(quiet: number, then: () => void) {
  const events = ['keydown', 'pointerdown'] as const;
  let timer = setTimeout(done, quiet);
  function restart() {
    clearTimeout(timer);
    timer = setTimeout(done, quiet);
  }
  function done() {
    for (const type of events) removeEventListener(type, restart, true);
    then();
  }
  for (const type of events) addEventListener(type, restart, { capture: true, passive: true });
}

/** Runs `then` once the User Timing mark `name` is made (or made already), or after `timeout` ms. */
export function afterMark(name: string, timeout: number, then: () => void) {
  if (performance.getEntriesByName(name, 'mark').length > 0) return then();
  let done = false;
  const run = () => {
    if (done) return;
    done = true;
    observer.disconnect();
    clearTimeout(timer);
    then();
  };
  const observer = new PerformanceObserver((list) => {
    if (list.getEntriesByName(name, 'mark').length > 0) run();
  });
  observer.observe({ type: 'mark' });
  const timer = setTimeout(run, timeout);
}
