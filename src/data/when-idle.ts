/**
 * Runs `steps` one per idle period of the main thread (one per task where the browser has no idle
 * callbacks), and drops the rest once the user presses a key or a pointer: work done ahead must
 * never stand in the way of the input it prepares for.
 */
export function stepsWhenIdle(steps: (() => void)[]): () => void {
  let stopped = false;
  const events = ['keydown', 'pointerdown'] as const;
  const stop = () => {
    stopped = true;
    for (const type of events) removeEventListener(type, stop, true);
  };
  for (const type of events) addEventListener(type, stop, { capture: true, passive: true });
  const later = (run: () => void) => (typeof requestIdleCallback === 'function' ? requestIdleCallback(run, { timeout: 1_000 }) : setTimeout(run, 0));
  const next = () => {
    if (stopped) return;
    steps.shift()?.();
    if (steps.length > 0) later(next);
    else stop();
  };
  later(next);
  return stop;
}
