import { createContext, type ReactNode, useContext, useEffect, useLayoutEffect, useState, useSyncExternalStore } from 'react';
import { browserStorage, type ShortlistState, ShortlistStore } from '../shortlist/shortlist-store.ts';
import { useIdeaIndex } from '../data/IndexProvider.tsx';

const StoreContext = createContext<ShortlistStore | null>(null);

/** One shortlist store for the app, kept in step with other tabs through the `storage` event. */
export function ShortlistProvider({ children }: { children: ReactNode }) {
  const [store] = useState(() => new ShortlistStore(browserStorage()));
  useEffect(() => {
    const onStorage = (event: StorageEvent) => store.onStorageEvent(event.key, event.newValue);
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, [store]);
  return <StoreContext.Provider value={store}>{children}</StoreContext.Provider>;
}

export function useShortlist(): { store: ShortlistStore; state: ShortlistState } {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useShortlist must be used inside <ShortlistProvider>');
  const state = useSyncExternalStore(store.subscribe, store.getState, store.getState);
  return { store, state };
}

/**
 * Rendered inside <IndexProvider>: once the index is loaded, saved items whose ids have changed
 * since move to the current ids (`index.redirects`). A layout effect, so the shortlist never
 * paints an old id as "No longer listed" first.
 */
export function ShortlistIdMigration() {
  const { index, engine } = useIdeaIndex();
  const store = useContext(StoreContext);
  useLayoutEffect(() => {
    store?.applyRedirects(index.redirects, (id) => engine.byId.has(id));
  }, [store, index, engine]);
  return null;
}
