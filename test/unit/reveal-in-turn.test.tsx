// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useRevealedInTurn } from '../../src/data/reveal-in-turn.ts';

function Snippet({ id, text }: { id: number; text: string | undefined }) {
  const shown = useRevealedInTurn(text);
  return <p data-testid={`snippet-${id}`}>{shown ?? ''}</p>;
}

function Cards({ texts }: { texts: (string | undefined)[] }) {
  return (
    <>
      {texts.map((text, id) => (
        <Snippet key={id} id={id} text={text} />
      ))}
    </>
  );
}

const shown = () => screen.getAllByTestId(/^snippet-/).map((p) => p.textContent);

describe('values that arrive for many cards at once (the descriptions)', () => {
  afterEach(() => {
    cleanup();
    vi.useRealTimers();
  });

  it('are written into the page one card per task, in the page order, until every card has its own', async () => {
    vi.useFakeTimers();
    const { rerender } = render(<Cards texts={[undefined, undefined, undefined]} />);
    expect(shown()).toEqual(['', '', '']);
    rerender(<Cards texts={['one', 'two', 'three']} />);
    expect(shown()).toEqual(['', '', '']);
    await act(async () => void vi.advanceTimersToNextTimer());
    expect(shown()).toEqual(['one', '', '']);
    await act(async () => void vi.advanceTimersToNextTimer());
    expect(shown()).toEqual(['one', 'two', '']);
    await act(async () => void vi.runAllTimers());
    expect(shown()).toEqual(['one', 'two', 'three']);
  });

  it('shows a value at once to a card that appears once it is there, and any later change at once', async () => {
    vi.useFakeTimers();
    const { rerender } = render(<Cards texts={['ready']} />);
    expect(shown()).toEqual(['ready']);
    rerender(<Cards texts={['changed']} />);
    expect(shown()).toEqual(['changed']);
  });

  it('forgets the turn of a card that leaves the page before it comes', async () => {
    vi.useFakeTimers();
    const Pair = ({ first, texts }: { first: boolean; texts: (string | undefined)[] }) => (
      <>
        {first && <Snippet key="a" id={0} text={texts[0]} />}
        <Snippet key="b" id={1} text={texts[1]} />
      </>
    );
    const { rerender } = render(<Pair first texts={[undefined, undefined]} />);
    rerender(<Pair first texts={['one', 'two']} />);
    rerender(<Pair first={false} texts={['one', 'two']} />);
    // The next turn is the remaining card's, not one spent on the card that left.
    await act(async () => void vi.advanceTimersToNextTimer());
    expect(shown()).toEqual(['two']);
  });

  it('shows every waiting value at once in a tab out of sight, whose timers the browser slows', async () => {
    vi.useFakeTimers();
    const { rerender } = render(<Cards texts={[undefined, undefined, undefined]} />);
    const hidden = vi.spyOn(document, 'hidden', 'get').mockReturnValue(true);
    try {
      rerender(<Cards texts={['one', 'two', 'three']} />);
      await act(async () => void vi.advanceTimersToNextTimer());
      expect(shown()).toEqual(['one', 'two', 'three']);
    } finally {
      hidden.mockRestore();
    }
  });
});
