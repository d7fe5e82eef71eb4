import { useState } from 'react';

/**
 * `value`, or the value returned before when `same` finds them equal: memoized work that depends
 * on it (and memoized components given it) is not redone for an equal copy.
 */
export function useStableValue<T>(value: T, same: (kept: T, next: T) => boolean): T {
  const [kept, setKept] = useState(value);
  if (kept === value || same(kept, value)) return kept;
  // Storing what the last render returned (React's pattern for state from previous renders).
  setKept(value);
  return value;
}
