import { RouterProvider } from '@tanstack/react-router';
import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { registerServiceWorker } from './pwa/register-sw.ts';
import { createAppRouter } from './router.tsx';
import './styles.css';

/** A promise settled in a later task: the browser can paint and handle input in between. */
const nextTask = () => new Promise((resolve) => setTimeout(resolve));

/**
 * The page parsed. page-init.js requests this script; where there is no first screen it does so
 * from the page's head, and a module added by a script runs as soon as it arrives, possibly before
 * the body (and the app's root) is there.
 */
const pageParsed = () =>
  document.readyState === 'loading' ? new Promise((resolve) => document.addEventListener('DOMContentLoaded', resolve, { once: true })) : Promise.resolve();

/**
 * Starts the app in short tasks (evaluating its modules; the router; the root and the address's
 * match; the render in slices): on a phone, done in one, it was a long task (README: Performance).
 */
async function start() {
  await pageParsed();
  await nextTask();
  const router = createAppRouter();
  await nextTask();
  const root = createRoot(document.getElementById('root')!);
  const render = () =>
    // In a transition React renders in slices, yielding between them, rather than in one long task.
    startTransition(() =>
      root.render(
        <StrictMode>
          <RouterProvider router={router} />
        </StrictMode>,
      ),
    );
  // Rendered once the address is matched to its page: rendered before, the page's first render
  // had no match yet, and the router's update that followed rendered it all again, at once (an
  // update from its store cannot be sliced). But not later than the next task: a page whose code
  // downloads on first use would otherwise hold back the app, and the data it starts loading.
  await Promise.race([router.load().catch(() => {}), nextTask()]);
  render();
}
// An error while starting is reported as an uncaught one would be: page-init.js then takes the
// first screen down, so the picture never stands in front of an app that failed.
start().catch(reportError);

// Installable and offline after one visit (README: Install and offline).
registerServiceWorker();
