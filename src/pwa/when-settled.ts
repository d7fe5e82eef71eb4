// Waiting for the page to settle before optional work (see register-sw.ts).

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
