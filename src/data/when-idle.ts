/**
 * Runs `run` once, when the main thread is idle (or after `timeout` ms at the latest; in the next
 * task where the browser has no idle callbacks). Returns a cancel.
 */
export function whenIdle(run: () => void, timeout = 1_000): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(run, { timeout });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(run, 0);
  return () => clearTimeout(id);
}

/**
 * Runs `steps` one per idle period of the main thread (one per task where the browser has no idle
 * callbacks), and drops the rest once the user presses a key or a pointer: work done ahead must
 * never stand in the way of the input it prepares for. With `keepOnInput`, for work the input waits
 * for instead (it is handled another way meanwhile), the steps go on between key presses.
 */
export function stepsWhenIdle(steps: (() => void)[], { keepOnInput = false } = {}): () => void {
  let stopped = false;
  const events = keepOnInput ? [] : (['keydown', 'pointerdown'] as const);
  const stop = () => {
    stopped = true;
    for (const type of events) removeEventListener(type, stop, true);
  };
  for (const type of events) addEventListener(type, stop, { capture: true, passive: true });
  const next = () => {
    if (stopped) return;
    steps.shift()?.();
    if (steps.length > 0) whenIdle(next);
    else stop();
  };
  whenIdle(next);
  return stop;
}
