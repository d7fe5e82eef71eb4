/// <reference types="vite-plugin-pwa/client" />
import { registerSW } from 'virtual:pwa-register';

/**
 * Registers the service worker that vite-plugin-pwa generates (see vite.config.ts), from app code
 * because the Content-Security-Policy forbids the plugin's inline registration script. Only in
 * the production build: the dev server has no service worker, and one would serve stale modules.
 * autoUpdate: a new worker takes over at once and the plugin reloads the page (see vite.config.ts).
 */
export function registerServiceWorker() {
  if (!import.meta.env.PROD) return;
  // workbox-window is imported lazily by the plugin's module, so it is not initial JavaScript.
  registerSW({ immediate: true });
}
