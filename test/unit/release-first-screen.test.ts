// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FIRST_SCREEN_ID, releaseFirstScreen } from '../../src/components/first-screen.ts';

describe('the app taking the page over from the first screen', () => {
  afterEach(() => {
    vi.useRealTimers();
    document.body.innerHTML = '';
    delete document.documentElement.dataset.firstScreen;
  });

  it('hides the picture at once, by the attribute the stylesheet reads, and takes it out of the page later', () => {
    vi.useFakeTimers();
    document.body.innerHTML = `<div id="${FIRST_SCREEN_ID}"><p>Loading ideas…</p></div><div id="root"></div>`;
    releaseFirstScreen();
    // Hidden for the next paint (styles.css: [data-first-screen='off'] #first-screen), still there:
    // removing hundreds of elements inside the task that paints the app was a long task of its own.
    expect(document.documentElement.dataset.firstScreen).toBe('off');
    expect(document.getElementById(FIRST_SCREEN_ID)).not.toBeNull();
    vi.runAllTimers();
    expect(document.getElementById(FIRST_SCREEN_ID)).toBeNull();
  });

  it('does nothing where there is no first screen (a build without one, or released already)', () => {
    releaseFirstScreen();
    expect(document.documentElement.dataset.firstScreen).toBeUndefined();
  });
});
