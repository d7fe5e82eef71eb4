/**
 * Runs `then` in a task after `count` frames have been painted (each followed by a task, so a
 * transition started in one has rendered before the next frame). Returns a cancel function.
 * The first results are painted in stages: the first cards, then the facets, then the rest.
 */
export function afterFrames(count: number, then: () => void): () => void {
  let frame = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let cancelled = false;
  const step = (left: number) => {
    if (cancelled) return;
    if (left === 0) return then();
    frame = requestAnimationFrame(() => (timer = setTimeout(() => step(left - 1))));
  };
  step(count);
  return () => {
    cancelled = true;
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}

/** The stages of the visit's first results, in frames after the first cards are painted. */
export const FIRST_RESULTS_STAGES = { facets: 1, restOfCards: 2, indexing: 3 } as const;
