/// <reference types="vite-plugin-pwa/client" />
import { registerSW } from 'virtual:pwa-register';
import { LOAD_MARKS } from '../data/index-worker-protocol.ts';
import { afterMark, whenQuiet } from './when-settled.ts';

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
