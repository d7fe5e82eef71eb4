import { startTransition, useEffect, useState } from 'react';

/**
 * Values that arrive for many components at once (the descriptions, for every card's snippet) are
 * shown one component per task, in the order the components asked (the page's order), instead of
 * all in one commit: twenty snippets written into the page at once were a long task on a phone.
 */
const waiting: (() => void)[] = [];
let running = false;

function revealNext(): void {
  // A tab out of sight runs chained timers about once a second: there, everything at once.
  for (const reveal of waiting.splice(0, document.hidden ? waiting.length : 1)) reveal();
  if (waiting.length > 0) setTimeout(revealNext);
  else running = false;
}

function inTurn(reveal: () => void): () => void {
  waiting.push(reveal);
  if (!running) {
    running = true;
    setTimeout(revealNext);
  }
  return () => {
    const at = waiting.indexOf(reveal);
    if (at >= 0) waiting.splice(at, 1);
  };
}

/**
 * `value`, except that when it goes from undefined (still loading) to a value, the value is shown
 * in this component's turn (above). A component that mounts with a value shows it at once.
 */
export function useRevealedInTurn<T>(value: T | undefined): T | undefined {
  const [shown, setShown] = useState(value);
  const waits = shown === undefined && value !== undefined;
  useEffect(() => {
    if (!waits) return;
    return inTurn(() => startTransition(() => setShown(value)));
  }, [waits, value]);
  return waits ? undefined : value;
}
