/**
 * Run at build time (src/prerender/vite-first-screen.ts): the app's home page for the unfiltered
 * list, with the cards of this build already loaded, as HTML. Everything is the app's own code;
 * what differs on a server is guarded where it is read (no window: no storage, the narrow layout,
 * a laptop window's worth of cards).
 */
import { createMemoryHistory, RouterProvider } from '@tanstack/react-router';
import { renderToString } from 'react-dom/server';
import { PreloadedIndexContext } from '../data/IndexProvider.tsx';
import { appIndexFrom } from '../model/app-data.ts';
import { checkCards } from '../model/validate-app-data.ts';
import { createAppRouter } from '../router.tsx';
import { assembleEngine, engineTables } from '../search/search-engine.ts';

export async function renderFirstScreen(cardsJson: string): Promise<string> {
  const cards = checkCards(JSON.parse(cardsJson));
  if (!cards.ok) throw new Error(`first screen: ${cards.message}`);
  const index = appIndexFrom(cards.value);
  const engine = assembleEngine(index.ideas, engineTables(index.ideas));
  // Nothing is searched on the first screen: the unfiltered list needs no text search.
  const never = () => new Promise<never>(() => {});
  const router = createAppRouter(createMemoryHistory({ initialEntries: [import.meta.env.BASE_URL] }));
  await router.load();
  return renderToString(
    <PreloadedIndexContext.Provider value={{ index, engine, search: never, similar: never }}>
      <RouterProvider router={router} />
    </PreloadedIndexContext.Provider>,
  );
}
