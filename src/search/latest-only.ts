/** Resolves in a later task: what is queued meanwhile (a message, a timer) runs first. */
export const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Runs requests one at a time, and of those that arrive meanwhile only the newest: a worker
 * answering keystrokes never works through queries the user has already typed past (while the
 * index is still being built, every keystroke would otherwise wait and then run). Each request
 * is either run or passed to `skip`, exactly once.
 */
export function latestOnly<T>(run: (request: T) => Promise<void> | void, skip: (request: T) => void, yieldTask: () => Promise<void> = nextTask) {
  let waiting: { request: T } | undefined;
  let pumping = false;

  const pump = async () => {
    // Let requests already queued behind this one arrive first: they replace it.
    await yieldTask();
    while (waiting) {
      const { request } = waiting;
      waiting = undefined;
      await run(request);
      await yieldTask();
    }
    pumping = false;
  };

  return (request: T) => {
    if (waiting) skip(waiting.request);
    waiting = { request };
    if (!pumping) {
      pumping = true;
      void pump();
    }
  };
}
