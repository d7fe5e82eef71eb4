import { useCallback, useEffect, useState } from 'react';
import type { IdeaDetail } from '../model/app-data.ts';
import type { IdeaCard } from '../model/idea-index.ts';
import { loadDetail, loadDetails } from './idea-details.ts';
import { cardsUrl, useIdeaIndex } from './IndexProvider.tsx';

export type DetailState = { status: 'loading' } | { status: 'ready'; detail: IdeaDetail } | { status: 'error'; message: string; retry: () => void };

/** An idea's details (description, outcome, links), fetched with its term's shard; an error can be retried. */
export function useIdeaDetail(idea: Pick<IdeaCard, 'id' | 'termKey'>): DetailState {
  const { index } = useIdeaIndex();
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<{ key: string; value: DetailState }>({ key: '', value: { status: 'loading' } });
  const key = `${idea.id} ${attempt}`;
  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  useEffect(() => {
    let current = true;
    void loadDetail(index, cardsUrl(), idea).then(
      (result) =>
        current && setState({ key, value: result.ok ? { status: 'ready', detail: result.value } : { status: 'error', message: result.message, retry } }),
    );
    return () => {
      current = false;
    };
  }, [index, idea, key, retry]);
  return state.key === key ? state.value : { status: 'loading' };
}

/** Details of several ideas, by id, as their shards arrive (the shortlist's apply links). */
export function useIdeaDetails(ideas: readonly Pick<IdeaCard, 'id' | 'termKey'>[]): ReadonlyMap<string, IdeaDetail> {
  const { index } = useIdeaIndex();
  const [found, setFound] = useState<ReadonlyMap<string, IdeaDetail>>(new Map());
  const ids = ideas.map((idea) => `${idea.termKey}/${idea.id}`).join(' ');
  useEffect(() => {
    let current = true;
    if (ideas.length > 0) void loadDetails(index, cardsUrl(), ideas).then((result) => current && setFound(result.found));
    return () => {
      current = false;
    };
    // `ids` stands for `ideas`: a new array with the same ideas must not fetch again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [index, ids]);
  return found;
}
