import { startTransition, useEffect, useState } from 'react';
import { afterFrames, FIRST_RESULTS_STAGES } from './after-frames.ts';

/**
 * `value`, except while `defer` is set: then the value shown before, until the frame that shows
 * the rest of the change has been painted, and `value` right after (as a transition). The search
 * page paints a keystroke's results first and its facet counts next.
 */
export function useAfterPaint<T>(value: T, defer: boolean): T {
  const [settled, setSettled] = useState(value);
  const lagging = defer && settled !== value;
  // Not deferred, the value is shown at once and becomes the one a later deferred change starts from.
  if (!defer && settled !== value) setSettled(value);
  useEffect(() => {
    if (!lagging) return;
    return afterFrames(1, () => startTransition(() => setSettled(value)));
  }, [lagging, value]);
  return lagging ? settled : value;
}

let firstPaintDone = false;

/**
 * False while the page paints the visit's first results, true a frame later: what can wait (the
 * facets beside the results) is left out of the first frame, which on a phone is the longest
 * task of a visit.
 */
export function useAfterFirstPaint(): boolean {
  const [done, setDone] = useState(firstPaintDone);
  useEffect(() => {
    if (done) return;
    return afterFrames(FIRST_RESULTS_STAGES.facets, () =>
      startTransition(() => {
        firstPaintDone = true;
        setDone(true);
      }),
    );
  }, [done]);
  return done;
}
